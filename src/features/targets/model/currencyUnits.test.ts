import { describe, expect, it } from 'vitest';
import { toMinor } from './money.ts';
import { copyFromLastYear, distributeNewTotal, setYearlyAmount } from './rowActions.ts';
import { buildTargetRows } from './rows.ts';
import type { ActionResult, TargetRow } from './types.ts';

/** A group in `currency` with one user whose values are `values`: the user's row. */
function userRow(currency: string, values: number[]): TargetRow {
  const rows = buildTargetRows(
    [
      {
        TargetAssignmentInfoId: 1,
        Values: values.map(() => 0),
        Locked: false,
        TargetUserGroup: { Id: 7, Value: 'Gulf' },
        Currency: { Value: currency },
      },
      {
        TargetAssignmentInfoId: 2,
        Values: values,
        Locked: false,
        TargetAssociate: { AssociateId: 3, FullName: 'Ali Sabah', GroupIdx: 7 },
      },
    ],
    new Map(),
  );
  return rows.find((r) => r.kind === 'user')!;
}

const after = (r: ActionResult, base: readonly number[]) => {
  if (!r.ok) throw new Error(r.message);
  const v = [...base];
  for (const c of r.action.cells) v[c.period] = c.after;
  return v;
};
const minorSum = (values: readonly number[], d: number) =>
  values.reduce((a, v) => a + toMinor(v, d), 0);

describe('splits and distributions use the currency’s smallest unit', () => {
  it('KWD (3 decimals): a split and a distribution go to the fils and add up exactly', () => {
    const row = userRow('KWD', [1, 1, 1, 2]);
    expect(row.decimals).toBe(3);
    const split = after(setYearlyAmount(row, 1.001), row.values);
    expect(split).toEqual([0.251, 0.25, 0.25, 0.25]);
    const spread = after(distributeNewTotal(row, 1), row.values);
    expect(spread).toEqual([0.2, 0.2, 0.2, 0.4]);
    const odd = after(distributeNewTotal(row, 0.01), row.values);
    expect(odd).toEqual([0.002, 0.002, 0.002, 0.004]);
    expect(minorSum(odd, 3)).toBe(10);
    const lastYear = after(copyFromLastYear(row, [0.333, 0.333, 0.333, 0.333], 10), row.values);
    // The year, 1.332 + 10 % = 1.4652, is 1.465 (each quarter rounded on its own made 1.464).
    expect(lastYear).toEqual([0.367, 0.366, 0.366, 0.366]);
  });

  it('JPY (no decimals): a split and a distribution go to whole yen and add up exactly', () => {
    const row = userRow('JPY', [1, 1, 1, 2]);
    expect(row.decimals).toBe(0);
    const split = after(setYearlyAmount(row, 1001), row.values);
    expect(split).toEqual([251, 250, 250, 250]);
    const spread = after(distributeNewTotal(row, 11), row.values);
    expect(spread).toEqual([2, 2, 2, 5]); // largest remainder: 4.4 → 5
    expect(minorSum(spread, 0)).toBe(11);
    const lastYear = after(copyFromLastYear(row, [333, 333, 333, 333], 10), row.values);
    // The year, 1,332 + 10 % = 1,465.2, is 1,465 (each quarter rounded on its own made 1,464).
    expect(lastYear).toEqual([367, 366, 366, 366]);
  });
});
