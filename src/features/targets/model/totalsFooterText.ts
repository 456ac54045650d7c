import { notShownText } from './hiddenFields.ts';
import type { TotalsOf } from './types.ts';

/** What the footer adds up, in its label and note. */
const OWNERS: Record<TotalsOf, string> = {
  user: 'users',
  group: 'user groups',
  company: 'the company',
};

export interface FooterText {
  label: string;
  note: string | null;
  /** Absent when the totals leave no row out for being hidden. */
  notShown?: { readonly text: string; readonly short: string };
}

const ONE_MANY: Record<TotalsOf, [string, string]> = {
  user: ['user', 'users'],
  group: ['user group', 'user groups'],
  company: ['company row', 'company rows'],
};

/**
 * The footer's label, and a note when it cannot add up every row: amounts in different
 * currencies do not add up, so with rows in several currencies the footer totals the most
 * common one and says which are left out. It adds up the users, or the user groups for a
 * target type without user rows (see TotalsOf). Rows whose figures the user may not see are not
 * added up either, and `notShown` says how many, beside the label: "1 user not shown" (its
 * short form "1 not shown" is what the footer's narrow name cell shows).
 */
export function totalsFooterText(base: {
  readonly totalsOf: TotalsOf;
  readonly totalsCurrency: string | null;
  readonly otherCurrencies: readonly string[];
  /** Rows whose figures the user may not see, left out of the totals (said in the label). */
  readonly totalsNotShown?: number;
  /** The user may not see the totals' currency: it is not named. */
  readonly totalsCurrencyHidden?: boolean;
  /** Rows in currencies the user may not see are left out too (not in otherCurrencies). */
  readonly otherCurrenciesHidden?: boolean;
}): FooterText {
  const { otherCurrencies: shownOthers } = base;
  const currency = base.totalsCurrencyHidden ? null : base.totalsCurrency;
  const others = base.otherCurrenciesHidden
    ? [...shownOthers, 'currencies that are not shown']
    : shownOthers;
  const owners = OWNERS[base.totalsOf];
  const count = base.totalsNotShown ?? 0;
  const notShown =
    count > 0
      ? {
          notShown: {
            text: notShownText(count, ...ONE_MANY[base.totalsOf]),
            short: `${count} not shown`,
          },
        }
      : {};
  if (others.length === 0 || base.totalsCurrency === null)
    return { label: `Total of ${owners}`, note: null, ...notShown };
  const list =
    others.length === 1
      ? others[0]
      : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
  return {
    label: currency ? `Total of ${owners} in ${currency}` : `Total of ${owners}`,
    note: `The totals add up the ${owners} with targets in ${currency ?? 'one currency'}; ${owners} in ${list} are not added, as amounts in different currencies do not add up.`,
    ...notShown,
  };
}
