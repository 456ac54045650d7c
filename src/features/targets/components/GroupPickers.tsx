import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import inputStyles from '../../../ui/Input.module.css';
import styles from '../pages/TargetsPage.module.css';

export interface GroupPickersProps {
  year: number;
  dimensionId: number | null;
  onChange(next: { year?: number; dimensionId?: number | null }): void;
}

/**
 * Year (MDO list targetyear) and target type (MDO list targettypes). Native selects: two short
 * lists do not need the custom listbox (and the page stays lighter).
 */
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
  const chosenType = typeOptions.find((o) => o.value === typeValue);
  return (
    <div className={styles.pickers}>
      <div className={styles.picker}>
        <label htmlFor="targets-year">Year</label>
        <select
          id="targets-year"
          className={inputStyles.input}
          value={String(year)}
          onChange={(e) => onChange({ year: Number(e.target.value) })}
        >
          {yearOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.picker}>
        <label htmlFor="targets-type">Target type</label>
        <select
          id="targets-type"
          className={inputStyles.input}
          title={chosenType?.label}
          value={chosenType ? typeValue : ''}
          onChange={(e) => {
            const id = Number(e.target.value);
            onChange({ dimensionId: id === defaultType ? null : id });
          }}
        >
          {typeOptions.length === 0 && (
            <option value="">{types.isPending ? 'Loading…' : '–'}</option>
          )}
          {typeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
