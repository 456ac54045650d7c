import type { EnumEntry } from '../workflow/enums.ts';

/** Targets enums (contract §8): names travel in JSON; numbers and texts feed the MDO lists. */
export const periodTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'Year', text: 'Year' },
  { id: 2, name: 'HalfYear', text: 'Half year' },
  { id: 3, name: 'Quarter', text: 'Quarter' },
  { id: 4, name: 'Month', text: 'Month' },
];

/** Values per PeriodType (contract §8, inferred). */
export const periodCounts: Readonly<Record<string, number>> = {
  Year: 1,
  HalfYear: 2,
  Quarter: 4,
  Month: 12,
};

export const entityTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'Sale', text: 'Sale' },
];

export const measurementUnits: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'Amount', text: 'Amount' },
  { id: 2, name: 'Count', text: 'Count' },
  { id: 3, name: 'Profit', text: 'Profit' },
];

/** TargetAssignementLevel (sic) flags. */
export const assignmentLevels = { None: 0, Company: 1, Group: 2, Associate: 4 } as const;

export const targetLevels = ['None', 'Global', 'Company', 'UserGroup', 'Associate'] as const;

export const logEvents = ['None', 'Create', 'Edit', 'Delete', 'Lock', 'Unlock'] as const;
export type LogEvent = (typeof logEvents)[number];

/** Flags as "Company, Group"; "None" for 0. */
export function formatLevel(value: number): string {
  const names = Object.entries(assignmentLevels)
    .filter(([, v]) => v !== 0 && (value & v) === v)
    .map(([k]) => k);
  return names.length ? names.join(', ') : 'None';
}

/** "Company, Group" / a number → flags; undefined for an unknown name. */
export function parseLevel(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 7)
    return value;
  if (typeof value !== 'string') return undefined;
  let out = 0;
  for (const part of value.split(',')) {
    const p = part.trim().toLowerCase();
    if (!p) continue;
    const hit = Object.entries(assignmentLevels).find(([k]) => k.toLowerCase() === p);
    if (!hit) return undefined;
    out |= hit[1];
  }
  return out;
}
