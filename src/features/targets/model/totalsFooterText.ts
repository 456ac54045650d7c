/**
 * The footer's label, and a note when it cannot add up every user: amounts in different
 * currencies do not add up, so with users in several currencies the footer totals the most
 * common one and says which are left out.
 */
export function totalsFooterText(base: {
  readonly totalsCurrency: string | null;
  readonly otherCurrencies: readonly string[];
}): { label: string; note: string | null } {
  const { totalsCurrency: currency, otherCurrencies: others } = base;
  if (others.length === 0 || currency === null) return { label: 'Total of users', note: null };
  const list =
    others.length === 1
      ? others[0]
      : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
  return {
    label: `Total of users in ${currency}`,
    note: `The totals add up the users with targets in ${currency}; users in ${list} are not added, as amounts in different currencies do not add up.`,
  };
}
