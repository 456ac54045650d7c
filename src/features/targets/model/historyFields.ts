import { PERIOD_COUNTS, type PeriodType } from './types.ts';

/**
 * Group-level TargetChanges an administrator's group settings record in every row's history
 * (FieldIdentifier "Year", "PeriodType", "EntityType"; values are the year and the enum numbers
 * of contract §8).
 */
const PERIOD_TYPE_NUMBERS: Record<number, PeriodType> = {
  1: 'Year',
  2: 'HalfYear',
  3: 'Quarter',
  4: 'Month',
};
const PERIOD_TYPE_TEXT: Record<PeriodType, string> = {
  Year: 'Year',
  HalfYear: 'Half year',
  Quarter: 'Quarter',
  Month: 'Month',
};
const ENTITY_TYPE_NUMBERS: Record<number, string> = { 0: 'None', 1: 'Sale' };

const GROUP_SETTINGS: Record<string, { label: string; text: (n: number) => string }> = {
  year: { label: 'Target year', text: (n) => String(n) },
  periodtype: {
    label: 'Period type',
    text: (n) => (PERIOD_TYPE_NUMBERS[n] ? PERIOD_TYPE_TEXT[PERIOD_TYPE_NUMBERS[n]] : String(n)),
  },
  entitytype: { label: 'Entity type', text: (n) => ENTITY_TYPE_NUMBERS[n] ?? String(n) },
};

/** The label and value text of a group-setting change, or null for any other field. */
export function groupSettingChange(
  field: string | null | undefined,
): { label: string; text: (n: number) => string } | null {
  return GROUP_SETTINGS[(field ?? '').toLowerCase()] ?? null;
}

interface RevisionChanges {
  readonly Changes?:
    | readonly {
        readonly FieldIdentifier?: string | null;
        readonly ValueChangeFrom?: number | null;
      }[]
    | null;
}

/**
 * The period type each revision's "Values[i]" refer to (revisions oldest first, as the server
 * sends them): the current one, and before a PeriodType change the type it changed from. Null
 * where unknown (then the current period names are the best guess).
 */
export function periodTypesByRevision(
  revisions: readonly RevisionChanges[],
  current: PeriodType | null,
): (PeriodType | null)[] {
  const out = new Array<PeriodType | null>(revisions.length);
  let type = current;
  for (let i = revisions.length - 1; i >= 0; i--) {
    out[i] = type;
    const change = revisions[i].Changes?.find(
      (c) => (c.FieldIdentifier ?? '').toLowerCase() === 'periodtype',
    );
    if (change) type = PERIOD_TYPE_NUMBERS[change.ValueChangeFrom ?? -1] ?? null;
  }
  return out;
}

/** The period type with `count` values (12 Month, 4 Quarter, 2 HalfYear, 1 Year), if any. */
export const periodTypeWithCount = (count: number): PeriodType | null =>
  (Object.keys(PERIOD_COUNTS) as PeriodType[]).find((t) => PERIOD_COUNTS[t] === count) ?? null;
