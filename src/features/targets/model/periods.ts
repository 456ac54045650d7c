import { PERIOD_COUNTS, type PeriodType } from './types.ts';

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
  return PERIOD_COUNTS[type];
}

function monthNames(locale: string, month: 'long' | 'short'): string[] {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
  } catch {
    fmt = new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }); // invalid culture tag
  }
  return Array.from({ length: 12 }, (_, i) => fmt.format(Date.UTC(2024, i, 1)));
}

const cache = new Map<string, Period[]>();

/** The periods of a PeriodType with names for `locale` (month names via Intl). */
export function periodsFor(type: PeriodType, locale: string): Period[] {
  const key = `${type}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let periods: Period[];
  if (type === 'Month') {
    const long = monthNames(locale, 'long');
    const short = monthNames(locale, 'short');
    periods = long.map((name, index) => ({ index, name, shortName: short[index] }));
  } else {
    const prefix = type === 'Quarter' ? 'Q' : type === 'HalfYear' ? 'H' : '';
    periods = Array.from({ length: PERIOD_COUNTS[type] }, (_, index) => {
      const name = prefix ? `${prefix}${index + 1}` : 'Year';
      return { index, name, shortName: name };
    });
  }
  cache.set(key, periods);
  return periods;
}

/** A PeriodType from its API name (case-insensitive), or null for None/unknown names. */
export function parsePeriodType(name: string | null | undefined): PeriodType | null {
  const n = (name ?? '').trim().toLowerCase();
  return (Object.keys(PERIOD_COUNTS) as PeriodType[]).find((t) => t.toLowerCase() === n) ?? null;
}
