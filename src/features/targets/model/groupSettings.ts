import { currencyDecimals } from './money.ts';
import { parsePeriodType } from './periods.ts';
import { convertPeriodValues } from './periodConversion.ts';
import { buildTargetRows, type AssignmentForRows } from './rows.ts';
import { PERIOD_COUNTS, type PeriodType } from './types.ts';

/** The group-level settings an administrator may change (FieldProperties Year, PeriodType, EntityType). */
export interface GroupSettings {
  Year: number;
  PeriodType: string;
  EntityType: string;
}

/** The slice of a loaded TargetGroup the settings read (the API's parsed type fits it). */
export interface SettingsGroup {
  readonly Year: number;
  readonly PeriodType: string;
  readonly EntityType?: string | null;
  readonly TargetAssignments?: readonly AssignmentForRows[] | null;
}

export const groupSettingsOf = (group: SettingsGroup): GroupSettings => ({
  Year: group.Year,
  PeriodType: group.PeriodType,
  EntityType: group.EntityType ?? 'Sale',
});

/** The years a group may move to: what the server accepts (past years too, as in SuperOffice). */
export const SETTINGS_YEARS = { min: 2000, max: 2100 } as const;

const savableYear = (year: unknown): year is number =>
  typeof year === 'number' &&
  Number.isInteger(year) &&
  year >= SETTINGS_YEARS.min &&
  year <= SETTINGS_YEARS.max;

/**
 * The settings whose effects to describe before saving ("The targets move from 2027 to …"): the
 * form's values, with a Year that cannot be saved taken as unchanged, so nothing is said about
 * moving to it. That is a year out of range or not whole (1900), and one refused (`yearRefused`:
 * the field shows the server's "… targets for 2026 already exist").
 */
export function settingsToDescribe(
  group: SettingsGroup,
  values: Partial<GroupSettings> & { Year?: unknown },
  yearRefused: boolean,
): GroupSettings {
  const now = groupSettingsOf(group);
  return {
    Year: !yearRefused && savableYear(values.Year) ? values.Year : now.Year,
    PeriodType: values.PeriodType ?? now.PeriodType,
    EntityType: values.EntityType ?? now.EntityType,
  };
}

/** Which settings differ from the loaded group. */
export function changedSettings(
  group: SettingsGroup,
  next: GroupSettings,
): (keyof GroupSettings)[] {
  const now = groupSettingsOf(group);
  return (['Year', 'PeriodType', 'EntityType'] as const).filter((k) => now[k] !== next[k]);
}

/**
 * The SaveTargetGroup body for new settings: the loaded group as it was (unknown properties
 * kept) with Year, PeriodType and EntityType replaced. When the PeriodType changes, every row's
 * Values are carried over to the new periods (periodConversion.ts: sums or even splits in the
 * currency's smallest unit, users in their group's currency as in the grid), locked rows too:
 * their totals stay as approved. Otherwise the rows are the loaded objects, untouched.
 */
export function buildSettingsPayload<G extends SettingsGroup>(group: G, next: GroupSettings): G {
  const body = {
    ...group,
    Year: next.Year,
    PeriodType: next.PeriodType,
    EntityType: next.EntityType,
  };
  const assignments = group.TargetAssignments;
  const to = parsePeriodType(next.PeriodType);
  if (!assignments || to === null || next.PeriodType === group.PeriodType) return body;
  const count = PERIOD_COUNTS[to];
  const decimals = new Map<number, number>();
  for (const row of buildTargetRows(assignments, new Map())) {
    if (row.assignmentId !== null) decimals.set(row.assignmentId, row.decimals);
  }
  return {
    ...body,
    TargetAssignments: assignments.map((a) => ({
      ...a,
      Values: convertPeriodValues(
        a.Values,
        count,
        decimals.get(a.TargetAssignmentInfoId) ?? currencyDecimals(a.Currency?.Value),
      ),
    })),
  } as G;
}

/** Period type choices for the settings form, in the order a planner thinks of them. */
export const PERIOD_TYPE_OPTIONS: readonly { value: PeriodType; label: string }[] = [
  { value: 'Month', label: 'Month' },
  { value: 'Quarter', label: 'Quarter' },
  { value: 'HalfYear', label: 'Half year' },
  { value: 'Year', label: 'Year' },
];
