import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';

const W = 'Workflow/';

describe('Workflow goals', () => {
  it('creates a goal from the defaults and reads it back', async () => {
    const { call } = await startTestSandbox();
    // CreateDefault takes no arguments (contract §1.1): a WorkflowId sent is ignored, as a
    // tenant does, so the caller must put the flow in.
    const def = await call('admin', `${W}CreateDefaultWorkflowGoal?WorkflowId=2`);
    expect(def.status).toBe(200);
    expect(def.body).toMatchObject({ WorkflowGoalId: 0, WorkflowId: 0, RestrictionGroups: [] });
    const saved = await call('admin', `${W}SaveWorkflowGoal`, {
      ...def.body,
      WorkflowId: 2,
      GoalType: 'LinkClicked',
      RestrictionGroups: [{ Name: 'Clicked', Description: '', Rank: 0, Restrictions: [] }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.WorkflowGoalId).toBeGreaterThan(0);
    const got = await call(
      'viewer',
      `${W}GetWorkflowGoal?workflowGoalId=${saved.body.WorkflowGoalId}`,
    );
    expect(got.body).toMatchObject({
      GoalType: 'LinkClicked',
      RestrictionGroups: [{ Name: 'Clicked', Rank: 1 }],
    });
  });

  it('refuses a new goal without its flow with a 400 naming WorkflowId', async () => {
    const { call } = await startTestSandbox();
    const def = (await call('admin', `${W}CreateDefaultWorkflowGoal`)).body;
    for (const WorkflowId of [0, 999]) {
      const saved = await call('admin', `${W}SaveWorkflowGoal`, { ...def, WorkflowId });
      expect(saved.status).toBe(400);
      expect(saved.body).toMatchObject({ ErrorField: 'WorkflowId' });
    }
    expect(
      (await call('admin', `${W}SaveWorkflowGoal`, { ...def, WorkflowId: 0 })).body.ErrorMessage,
    ).toBe('WorkflowId must name the flow this goal belongs to.');
  });

  it('round-trips a goal losslessly, including properties the editor does not use', async () => {
    const { call } = await startTestSandbox();
    const loaded = (await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
    const withUnknown = structuredClone(loaded);
    withUnknown.Custom = { a: 1 };
    withUnknown.RestrictionGroups[0].Tag = 'g';
    withUnknown.RestrictionGroups[0].Restrictions[0].SubRestrictions = [
      { Name: 'x', Operator: '=' },
    ];
    withUnknown.RestrictionGroups[0].Restrictions[0].FutureProperty = ['kept'];
    const saved = await call('admin', `${W}SaveWorkflowGoal`, withUnknown);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(withUnknown);
    const again = await call('admin', `${W}GetWorkflowGoal?WorkflowGoalId=1`);
    expect(again.body).toEqual(withUnknown);
    const unchanged = await call('admin', `${W}SaveWorkflowGoal`, loaded);
    expect(unchanged.body).toEqual(loaded);
  });

  it('orders groups by Rank and renumbers them 1..n', async () => {
    const { call } = await startTestSandbox();
    const goal = (await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
    const [a, b] = goal.RestrictionGroups;
    const saved = await call('admin', `${W}SaveWorkflowGoal`, {
      ...goal,
      RestrictionGroups: [
        { ...a, Rank: 20 },
        { ...b, Rank: 10 },
      ],
    });
    expect(
      saved.body.RestrictionGroups.map((g: { Name: string; Rank: number }) => [g.Name, g.Rank]),
    ).toEqual([
      [b.Name, 1],
      [a.Name, 2],
    ]);
  });

  it('answers 404 for an unknown goal, on get, save and delete', async () => {
    const { call } = await startTestSandbox();
    const get = await call('admin', `${W}GetWorkflowGoal?workflowGoalId=999`);
    expect(get.status).toBe(404);
    expect(get.body).toMatchObject({ Error: true, ErrorType: 'SoNotFoundException' });
    expect(
      (await call('admin', `${W}SaveWorkflowGoal`, { WorkflowGoalId: 999, WorkflowId: 1 })).status,
    ).toBe(404);
    expect((await call('admin', `${W}DeleteWorkflowGoal?WorkflowGoalId=999`)).status).toBe(404);
  });

  it('refuses invalid input with a 400 naming the field', async () => {
    const { call } = await startTestSandbox();
    const goal = (await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
    const bad = async (body: unknown) => (await call('admin', `${W}SaveWorkflowGoal`, body)).body;
    expect((await call('admin', `${W}SaveWorkflowGoal`)).status).toBe(400);
    expect(await bad({ ...goal, GoalType: 'Nonsense' })).toMatchObject({
      ErrorField: 'GoalType',
      ErrorMessage: "GoalType 'Nonsense' is not a known value.",
    });
    expect(await bad({ ...goal, WorkflowId: 'one' })).toMatchObject({
      ErrorField: 'WorkflowId',
      ErrorMessage: 'WorkflowId must be a whole number.',
    });
    expect(await bad({ ...goal, WorkflowId: 777 })).toMatchObject({ ErrorField: 'WorkflowId' });
    const long = structuredClone(goal);
    long.RestrictionGroups[1].Name = 'x'.repeat(255);
    // Said as the editor numbers its groups ("Group 2"), as a sentence.
    expect(await bad(long)).toMatchObject({
      ErrorField: 'RestrictionGroups.1.Name',
      ErrorMessage: 'Restriction group 2: Name is longer than 254 characters.',
    });
    // Group names are mandatory (GetWorkflowGoal marks them UIHintMandatory): blank is refused.
    for (const Name of ['', '  ', null]) {
      const blank = structuredClone(goal);
      blank.RestrictionGroups[1].Name = Name;
      const refused = await call('admin', `${W}SaveWorkflowGoal`, blank);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        ErrorField: 'RestrictionGroups.1.Name',
        // Said as the editor numbers its groups ("Group 2"), in a sentence the user can act on.
        ErrorMessage: 'Restriction group 2: Name must be filled in.',
      });
    }
    const unbalanced = structuredClone(goal);
    unbalanced.RestrictionGroups[0].Restrictions[1].InterParenthesis = 0;
    const res = await call('admin', `${W}SaveWorkflowGoal`, unbalanced);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      ErrorField: 'RestrictionGroups.0.Restrictions',
      ErrorMessage: 'Restriction group 1: Restrictions open a parenthesis that is never closed.',
    });
    const closedFirst = structuredClone(goal);
    closedFirst.RestrictionGroups[0].Restrictions[0].InterParenthesis = -1;
    closedFirst.RestrictionGroups[0].Restrictions[1].InterParenthesis = 1;
    expect((await call('admin', `${W}SaveWorkflowGoal`, closedFirst)).body).toMatchObject({
      ErrorField: 'RestrictionGroups.0.Restrictions',
      ErrorMessage:
        'Restriction group 1: Restrictions close a parenthesis at restriction 1 that was never opened.',
    });
    const op = structuredClone(goal);
    op.RestrictionGroups[0].Restrictions[0].InterOperator = 'Xor';
    expect(await bad(op)).toMatchObject({
      ErrorField: 'RestrictionGroups.0.Restrictions.0.InterOperator',
      ErrorMessage:
        "Restriction group 1, restriction 1: InterOperator 'Xor' is not None, And or Or.",
    });
    const noField = structuredClone(goal);
    noField.RestrictionGroups[0].Restrictions[0].Name = ' ';
    expect(await bad(noField)).toMatchObject({
      ErrorField: 'RestrictionGroups.0.Restrictions.0.Name',
      ErrorMessage: 'Restriction group 1, restriction 1: Name is empty; choose a field.',
    });
  });

  it('deletes a goal (204) and it is gone', async () => {
    const { call } = await startTestSandbox();
    const del = await call('admin', `${W}DeleteWorkflowGoal?WorkflowGoalId=2`);
    expect(del.status).toBe(204);
    expect((await call('admin', `${W}GetWorkflowGoal?workflowGoalId=2`)).status).toBe(404);
  });

  it('computes rights per user and refuses saves without the right', async () => {
    const { call } = await startTestSandbox();
    const admin = (await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
    expect(admin.TableRight.Mask).toBe('FULL');
    expect(admin.FieldProperties.GoalType.FieldRight.Mask).toBe('Update, UIHintMandatory');
    expect(admin.FieldProperties['RestrictionGroups.Name'].FieldLength).toBe(254);
    for (const user of ['planner', 'viewer']) {
      const goal = (await call(user, `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
      expect(goal.TableRight).toEqual({
        Mask: 'Select',
        Reason: 'Your role may view but not change this',
      });
      expect(goal.FieldProperties.GoalType.FieldRight.Mask).toBe('Read');
      expect((await call(user, `${W}SaveWorkflowGoal`, goal)).status).toBe(403);
      expect((await call(user, `${W}DeleteWorkflowGoal?WorkflowGoalId=1`)).status).toBe(403);
    }
  });

  it('sends raw resource ids without a language', async () => {
    const { call } = await startTestSandbox();
    const res = await call('viewer', `${W}GetWorkflowGoal?workflowGoalId=1`, undefined, {
      'Accept-Language': '',
    });
    expect(res.body.TableRight.Reason).toBe('[SR_READONLY_ROLE]');
  });

  it('refuses calls without credentials (401)', async () => {
    const { call } = await startTestSandbox();
    expect((await call(null, `${W}GetWorkflowGoal?workflowGoalId=1`)).status).toBe(401);
  });

  it('applies $select', async () => {
    const { call } = await startTestSandbox();
    const res = await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1&$select=GoalType`);
    expect(res.body.GoalType).toBe('SaleCreatedOnPerson');
    expect(res.body.RestrictionGroups).toBeNull();
  });
});
