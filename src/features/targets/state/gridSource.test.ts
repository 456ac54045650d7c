import { describe, expect, it } from 'vitest';
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
