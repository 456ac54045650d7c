import type { TotalsOf } from './types.ts';

/** What the footer adds up, in its label and note. */
const OWNERS: Record<TotalsOf, string> = {
  user: 'users',
  group: 'user groups',
  company: 'the company',
};

/**
 * The footer's label, and a note when it cannot add up every row: amounts in different
 * currencies do not add up, so with rows in several currencies the footer totals the most
 * common one and says which are left out. It adds up the users, or the user groups for a
 * target type without user rows (see TotalsOf).
 */
export function totalsFooterText(base: {
  readonly totalsOf: TotalsOf;
  readonly totalsCurrency: string | null;
  readonly otherCurrencies: readonly string[];
}): { label: string; note: string | null } {
  const { totalsCurrency: currency, otherCurrencies: others } = base;
  const owners = OWNERS[base.totalsOf];
  if (others.length === 0 || currency === null) return { label: `Total of ${owners}`, note: null };
  const list =
    others.length === 1
      ? others[0]
      : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
  return {
    label: `Total of ${owners} in ${currency}`,
    note: `The totals add up the ${owners} with targets in ${currency}; ${owners} in ${list} are not added, as amounts in different currencies do not add up.`,
  };
}
