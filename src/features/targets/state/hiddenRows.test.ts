import { describe, expect, it } from 'vitest';
import { exportCsv } from '../model/csv.ts';
import { notAnAmountText } from '../model/notAnAmountText.ts';
import { setRowLocked } from '../model/rowActions.ts';
import { DEFAULT_ROW_RESTRICTION } from '../model/rowRestriction.ts';
import { selectionSums } from '../model/selectionSum.ts';
import { totalsFooterText } from '../model/totalsFooterText.ts';
import { periodsFor } from '../model/periods.ts';
import type { AssignmentForRows } from '../model/rows.ts';
import { createPlannerState, perform } from './plannerState.ts';
import { plannerGridSource } from './gridSource.ts';

const hiddenValues = {
  Values: { FieldRight: { Mask: 'None', Reason: 'Not your user group' } },
};

/** A NOK group with three users; the second one's figures the user may not see. */
function group(): AssignmentForRows[] {
  const user = (id: number, values: number[], hidden = false): AssignmentForRows => ({
    TargetAssignmentInfoId: id,
    Values: values,
    Locked: false,
    TargetAssociate: { AssociateId: id, FullName: `U${id}`, GroupIdx: 10 },
    ...(hidden && { FieldProperties: hiddenValues }),
  });
  return [
    {
      TargetAssignmentInfoId: 1,
      Values: [100, 100],
      Locked: false,
      TargetUserGroup: { Id: 10, Value: 'Nordics' },
      Currency: { Value: 'NOK' },
    },
    user(2, [10, 20]),
    user(3, [1000, 2000], true),
    user(4, [5, 6]),
  ];
}

describe('a row whose figures the user may not see', () => {
  it('has no figures, and its group’s sum and the totals add up the users shown', () => {
    const s = createPlannerState(group(), 2, new Map(), { rowRights: true });
    const hidden = s.rows.find((r) => r.label === 'U3')!;
    expect(hidden.values).toEqual([0, 0]);
    expect(hidden.hidden?.values).toBe(true);
    expect(hidden.restriction).toBe('Not your user group.');
    const sum = s.rows.find((r) => r.kind === 'groupSum')!;
    expect(sum.values).toEqual([15, 26]);
    expect(sum.notShown).toBe(1);
    expect(s.totals).toEqual([15, 26]);
    expect(s.base.totalsNotShown).toBe(1);
  });

  it('is hidden where the whole group is read-only too (no row rights read)', () => {
    const s = createPlannerState(group(), 2);
    const hidden = s.rows.find((r) => r.label === 'U3')!;
    expect(hidden.values).toEqual([0, 0]);
    expect(hidden.restriction).toBeUndefined();
    const source = plannerGridSource(s);
    const meta = source.rowMeta(s.rows.indexOf(hidden));
    expect(meta).toMatchObject({ valuesHidden: true, readOnly: true });
    expect(meta.readOnlyReason).toBe('Not your user group.');
    expect(
      source.rowMeta(s.rows.indexOf(s.rows.find((r) => r.label === 'U2')!)),
    ).not.toHaveProperty('valuesHidden');
  });

  it('shares one meta between rows with the same rights, and says the sum row leaves one out', () => {
    const a = group();
    a.push({ ...a[2], TargetAssignmentInfoId: 5 });
    const s = createPlannerState(a, 2);
    const source = plannerGridSource(s);
    const at = (label: string) => s.rows.findIndex((r) => r.label === label);
    expect(source.rowMeta(at('U3'))).toBe(
      source.rowMeta(s.rows.findIndex((r) => r.assignmentId === 5)),
    );
    expect(source.rowMeta(at('All – Nordics')).note).toBe('2 users not shown');
  });

  it('keeps its figures out of the sums when its lock changes', () => {
    const s = createPlannerState(group(), 2);
    const next = perform(s, {
      label: 'Locked U3',
      cells: [],
      locks: [{ assignmentId: 3, before: false, after: true }],
    });
    const hidden = next.rows.find((r) => r.label === 'U3')!;
    expect(hidden.locked).toBe(true);
    expect(hidden.values).toEqual([0, 0]);
    expect(next.rows.find((r) => r.kind === 'groupSum')!.values).toEqual([15, 26]);
    expect(next.totals).toEqual([15, 26]);
  });

  it('is exported with empty figures and total', () => {
    const s = createPlannerState(group(), 2);
    const csv = exportCsv(s.rows, periodsFor('HalfYear', 'en'));
    const line = csv.split('\r\n').find((l) => l.startsWith('U3'))!;
    expect(line).toBe('U3,,,,NOK,No');
  });
});

describe('a group whose currency the user may not see', () => {
  /** Two groups: NOK (shown), KWD (3 decimals, hidden on the group row), one user each. */
  function twoGroups(): AssignmentForRows[] {
    const g = (id: number, code: string, hidden: boolean): AssignmentForRows => ({
      TargetAssignmentInfoId: id,
      Values: [1, 1],
      Locked: false,
      TargetUserGroup: { Id: id, Value: `G${id}` },
      Currency: { Value: code },
      ...(hidden && { FieldProperties: { Currency: { FieldRight: { Mask: 'None' } } } }),
    });
    const u = (id: number, group: number): AssignmentForRows => ({
      TargetAssignmentInfoId: id,
      Values: [1.5, 2.25],
      Locked: false,
      TargetAssociate: { AssociateId: id, FullName: `U${id}`, GroupIdx: group },
    });
    return [g(10, 'NOK', false), g(20, 'KWD', true), u(11, 10), u(21, 20), u(22, 20)];
  }

  it('shows no code on the group, its users and its sum row, and keeps their decimals', () => {
    const s = createPlannerState(twoGroups(), 2);
    const inKwd = s.rows.filter((r) => r.groupId === 20);
    expect(inKwd.map((r) => [r.kind, r.currencyHidden, r.decimals])).toEqual([
      ['group', true, 3],
      ['user', true, 3],
      ['user', true, 3],
      ['groupSum', true, 3],
    ]);
    expect(s.rows.find((r) => r.label === 'U11')?.currencyHidden).toBeUndefined();
    const source = plannerGridSource(s);
    const meta = source.rowMeta(s.rows.indexOf(inKwd[0]));
    expect(meta.currency).toBeUndefined();
    expect(meta.currencyHidden).toBe(true);
    expect(source.rowMeta(0).currency).toBe('NOK');
  });

  it('writes no code in the selection sum, the CSV, the totals note or a refused amount', () => {
    const s = createPlannerState(twoGroups(), 2);
    const at = s.rows.findIndex((r) => r.label === 'U21');
    expect(selectionSums(s.rows, { top: at, bottom: at + 1, left: 0, right: 0 })).toEqual([
      { currency: null, sum: 3, decimals: 3 },
    ]);
    const csv = exportCsv(s.rows, periodsFor('HalfYear', 'en'));
    expect(csv).not.toContain('KWD');
    expect(csv).toContain('NOK');
    const footer = totalsFooterText(s.base);
    // The totals add up the users in KWD (the most), which is not named.
    expect(footer.label).toBe('Total of users');
    expect(footer.note).toBe(
      'The totals add up the users with targets in one currency; users in NOK are not added, as amounts in different currencies do not add up.',
    );
    expect(notAnAmountText('5 USD', 'en', 'KWD', true)).toBe(
      '"5 USD" has a currency (USD), and its row\'s currency is not shown. Write it as just 5.',
    );
  });
});

describe('a row whose lock the user may not see', () => {
  const lockHidden = { Locked: { FieldRight: { Mask: 'None', Reason: 'Not for you' } } };
  function rowsWith(locked: boolean): AssignmentForRows[] {
    const [groupRow, first] = group();
    return [
      groupRow,
      first,
      { ...first, TargetAssignmentInfoId: 9, Locked: locked, FieldProperties: lockHidden },
    ];
  }

  it('is not locked to them: a locked one is read-only for a generic reason, an unlocked one is not', () => {
    const locked = createPlannerState(rowsWith(true), 2, new Map(), { rowRights: true });
    const row = locked.rows.find((r) => r.assignmentId === 9)!;
    expect(row.locked).toBe(false);
    expect(row.restriction).toBe(DEFAULT_ROW_RESTRICTION);
    const meta = plannerGridSource(locked).rowMeta(locked.rows.indexOf(row));
    expect(meta).toMatchObject({
      locked: false,
      readOnly: true,
      readOnlyReason: DEFAULT_ROW_RESTRICTION,
    });
    const open = createPlannerState(rowsWith(false), 2, new Map(), { rowRights: true });
    expect(open.rows.find((r) => r.assignmentId === 9)!.restriction).toBeUndefined();
  });

  it('cannot be locked or unlocked, and exports no Locked state', () => {
    const s = createPlannerState(rowsWith(true), 2, new Map(), { rowRights: true });
    const row = s.rows.find((r) => r.assignmentId === 9)!;
    expect(setRowLocked(row, true).ok).toBe(false);
    const csv = exportCsv(s.rows, periodsFor('HalfYear', 'en'));
    expect(csv.split('\r\n').filter((l) => l.startsWith('U2'))).toEqual([
      'U2,10,20,30,NOK,No',
      'U2,10,20,30,NOK,',
    ]);
  });
});
