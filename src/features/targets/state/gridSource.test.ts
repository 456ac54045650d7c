import { describe, expect, it } from 'vitest';
import { cellWidthFor, COL_W } from '../grid/layout.ts';
import type { AssignmentForRows } from '../model/rows.ts';
import { setRowLocked } from '../model/rowActions.ts';
import { plannerGridSource } from './gridSource.ts';
import { createPlannerState, perform, undo } from './plannerState.ts';

const assignments: AssignmentForRows[] = [
  { TargetAssignmentInfoId: 1, Values: [1, 2], Locked: false, TargetContact: { Name: 'Acme' } },
  {
    TargetAssignmentInfoId: 2,
    Values: [3, 4],
    Locked: true,
    TargetAssociate: { AssociateId: 7, FullName: 'Ada' },
  },
];

describe('plannerGridSource', () => {
  it('marks a row whose lock changed, until the change is undone', () => {
    let state = createPlannerState(assignments, 2, new Map());
    const ada = state.rows.findIndex((r) => r.label === 'Ada');
    expect(plannerGridSource(state).rowMeta(ada).lockChanged).toBe(false);

    const result = setRowLocked(state.rows[ada], false);
    if (!result.ok) throw new Error(result.message);
    state = perform(state, result.action);
    const meta = plannerGridSource(state).rowMeta(ada);
    expect(meta).toMatchObject({ locked: false, lockChanged: true, readOnly: false });
    // No value changed: no cell is marked, only the row.
    expect(plannerGridSource(state).isChanged(ada, 0)).toBe(false);

    state = undo(state).state;
    expect(plannerGridSource(state).rowMeta(ada)).toMatchObject({
      locked: true,
      lockChanged: false,
    });
  });
});

describe('plannerGridSource extremes', () => {
  it('gives the lowest and highest cell and year total, for the columns to fit them', () => {
    const big: AssignmentForRows[] = [
      { ...assignments[0], Values: [5, -99_999_999_999.99] },
      { ...assignments[1], Values: [32_800_000, 1] },
    ];
    const s = plannerGridSource(createPlannerState(big, 2, new Map()));
    expect(s.extremes!()).toEqual({
      values: [-99_999_999_999.99, 32_800_000],
      totals: [-99_999_999_994.99, 32_800_001],
      decimals: 2,
    });
  });

  it('widens a column for a figure that does not fit, and not for one that does', () => {
    expect(cellWidthFor('32,800,000')).toBeLessThanOrEqual(COL_W);
    expect(cellWidthFor('-99,999,999,999.99')).toBeGreaterThan(160);
  });
});

describe('plannerGridSource row rights', () => {
  const restricted = {
    TableRight: { Mask: 'Select', Reason: 'Not your user group' },
  };
  const users: (AssignmentForRows & typeof restricted)[] = [3, 4, 5].map((id) => ({
    TargetAssignmentInfoId: id,
    Values: [1, 2],
    Locked: false,
    TargetAssociate: { AssociateId: id, FullName: `User ${id}`, GroupIdx: 1 },
    ...restricted,
  }));

  it('makes a row its own rights forbid changing read-only, with the reason; metas shared', () => {
    const s = plannerGridSource(createPlannerState(users, 2, new Map(), { rowRights: true }));
    expect(s.rowMeta(0)).toMatchObject({ readOnly: true, readOnlyReason: 'Not your user group.' });
    expect(s.rowMeta(1)).toBe(s.rowMeta(0));
  });

  it('reads no row rights where the whole group is read-only (a viewer)', () => {
    const s = plannerGridSource(createPlannerState(users, 2, new Map()));
    expect(s.rowMeta(0)).toMatchObject({ readOnly: false, readOnlyReason: undefined });
  });
});
