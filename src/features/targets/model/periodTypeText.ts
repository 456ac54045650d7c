import { parsePeriodType } from './periods.ts';
import type { PeriodType } from './types.ts';

const ADJECTIVES: Record<PeriodType, string> = {
  Month: 'Monthly',
  Quarter: 'Quarterly',
  HalfYear: 'Half-yearly',
  Year: 'Yearly',
};

/** "Monthly", "Quarterly", "Half-yearly", "Yearly"; an unknown name as it is. */
export const periodTypeAdjective = (name: string): string => {
  const t = parsePeriodType(name);
  return t ? ADJECTIVES[t] : name;
};
