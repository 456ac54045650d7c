import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { Select } from '../../../ui/Select.tsx';
import styles from '../pages/TargetsPage.module.css';

export interface GroupPickersProps {
  year: number;
  dimensionId: number | null;
  onChange(next: { year?: number; dimensionId?: number | null }): void;
}

/** Year (MDO list targetyear) and target type (MDO list targettypes). */
export function GroupPickers({ year, dimensionId, onChange }: GroupPickersProps) {
  const years = useMdoList('targetyear');
  const types = useMdoList('targettypes');
  const yearOptions = (years.data ?? []).map((y) => ({ value: String(y.Id), label: y.Name }));
  if (!yearOptions.some((o) => o.value === String(year)))
    yearOptions.push({ value: String(year), label: String(year) });
  yearOptions.sort((a, b) => Number(b.value) - Number(a.value));
  const typeOptions = (types.data ?? []).map((t) => ({ value: String(t.Id), label: t.Name }));
  const defaultType = types.data?.find((t) => t.Selected)?.Id ?? types.data?.[0]?.Id;
  const typeValue = String(dimensionId ?? defaultType ?? '');
  return (
    <div className={styles.pickers}>
      <div className={styles.picker}>
        <label htmlFor="targets-year">Year</label>
        <Select
          id="targets-year"
          options={yearOptions}
          value={String(year)}
          onValueChange={(v) => onChange({ year: Number(v) })}
        />
      </div>
      <div className={styles.picker}>
        <label htmlFor="targets-type">Target type</label>
        <Select
          id="targets-type"
          options={typeOptions}
          value={typeOptions.some((o) => o.value === typeValue) ? typeValue : ''}
          placeholder={types.isPending ? 'Loading…' : 'Choose…'}
          onValueChange={(v) =>
            onChange({ dimensionId: Number(v) === defaultType ? null : Number(v) })
          }
        />
      </div>
    </div>
  );
}
