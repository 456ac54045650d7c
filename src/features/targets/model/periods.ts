import type { PeriodType } from './types.ts';

/** One column of the grid. */
export interface Period {
  /** 0-based position in `Values`. */
  readonly index: number;
  /** Full name for headers and screen readers ("January", "Q1", "H1", "Year"). */
  readonly name: string;
  /** Short name for narrow headers ("Jan", "Q1", "H1", "Year"). */
  readonly shortName: string;
}

/** Number of values per period type (Year 1, HalfYear 2, Quarter 4, Month 12). */
export function periodCount(type: PeriodType): number {
  void type;
  throw new Error('not implemented');
}

/** The periods of a PeriodType with names for `locale` (month names via Intl). */
export function periodsFor(type: PeriodType, locale: string): Period[] {
  void type;
  void locale;
  throw new Error('not implemented');
}

/** A PeriodType from its API name (case-insensitive), or null for None/unknown names. */
export function parsePeriodType(name: string | null | undefined): PeriodType | null {
  void name;
  throw new Error('not implemented');
}
