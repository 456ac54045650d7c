import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../testing/sandbox.ts';
import { applyRewrite } from './answerRewrites.ts';

type Sandbox = Awaited<ReturnType<typeof startTestSandbox>>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const send = (s: Sandbox, path: string, method: 'POST' | 'DELETE', body?: unknown) =>
  s.app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const addRewrite = (s: Sandbox, body: unknown) => send(s, '/api/sandbox/rewrites', 'POST', body);

const W = 'Workflow/';
const thisYear = new Date().getFullYear();
const hidden = { Mask: 'None', Reason: 'Your role may not see this field' };

describe('sandbox answer rewrites', () => {
  it('hides one field of the goal, and of every goal in its flow, until cleared', async () => {
    const s = await startTestSandbox();
    expect(
      (await addRewrite(s, { PathContains: 'Agents/Workflow/', FieldRights: { GoalType: hidden } }))
        .status,
    ).toBe(200);
    const goal = (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body as Json;
    expect(goal.FieldProperties.GoalType).toEqual({
      FieldRight: hidden,
      FieldType: 'System.Int16',
      FieldLength: 2,
    });
    // The value is still sent, as a tenant may: the client must not show it.
    expect(goal.GoalType).toBe('AddedToProject');
    // Other fields keep the rights the role gives them.
    expect(goal.FieldProperties.RestrictionGroups.FieldRight.Mask).toBe('Update');
    // Not used up: the same record read again is rewritten again.
    const again = (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body as Json;
    expect(again.FieldProperties.GoalType.FieldRight).toEqual(hidden);
    const flow = (await s.call('admin', `${W}GetEmailFlow?emailFlowId=2`)).body as Json;
    expect(flow.Goals.length).toBeGreaterThan(0);
    for (const g of flow.Goals) expect(g.FieldProperties.GoalType.FieldRight).toEqual(hidden);
    // A field the flow's own carrier does not have is not added to it.
    expect(flow.FieldProperties.GoalType).toBeUndefined();

    await send(s, '/api/sandbox/rewrites', 'DELETE');
    const cleared = (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body as Json;
    expect(cleared.FieldProperties.GoalType.FieldRight.Mask).toBe('Update, UIHintMandatory');
  });

  it('makes a field read-only and narrows the TableRight only where the path matches', async () => {
    const s = await startTestSandbox();
    const read = async () =>
      (await s.call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: thisYear }))
        .body as Json;
    const before = await read();
    await addRewrite(s, {
      PathContains: 'GetTargetGroupForYear',
      FieldRights: { PeriodType: { Mask: 'Read', Reason: 'Set by your administrator' } },
      TableRight: { Mask: 'Select' },
    });
    const group = await read();
    expect(group.FieldProperties.PeriodType.FieldRight).toEqual({
      Mask: 'Read',
      Reason: 'Set by your administrator',
    });
    expect(group.FieldProperties.Year.FieldRight.Mask).toBe('Update');
    expect(group.TableRight).toEqual({ Mask: 'Select', Reason: '' });
    // Each row keeps its own TableRight: only the answer's carrier is narrowed.
    expect(group.TargetAssignments).toEqual(before.TargetAssignments);
    const goal = (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body as Json;
    expect(goal.TableRight.Mask).toBe('FULL');
  });

  it('gives a person another name in every string of the answer', async () => {
    const s = await startTestSandbox();
    const long = 'Wolfeschlegelsteinhausenbergerdorff Jo';
    await addRewrite(s, {
      PathContains: 'GetTargetGroupForYear',
      Replace: { 'Chloe Martin': long },
    });
    const text = JSON.stringify(
      (await s.call('planner', 'Targets/GetTargetGroupForYear', { TargetYear: thisYear })).body,
    );
    expect(text).toContain(long);
    expect(text).not.toContain('Chloe Martin');
  });

  it('is cleared by DELETE /api/sandbox/faults too, the clean-up every spec already does', async () => {
    const s = await startTestSandbox();
    await addRewrite(s, { PathContains: 'GetWorkflowGoal', TableRight: { Mask: 'None' } });
    expect(
      (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body.TableRight.Mask,
    ).toBe('None');
    await send(s, '/api/sandbox/faults', 'DELETE');
    expect(
      (await s.call('admin', `${W}GetWorkflowGoal?workflowGoalId=3`)).body.TableRight.Mask,
    ).toBe('FULL');
  });

  it('refuses a rewrite that changes nothing or has no path, naming what to send', async () => {
    const s = await startTestSandbox();
    const nothing = await addRewrite(s, { PathContains: 'GetWorkflowGoal' });
    expect(nothing.status).toBe(400);
    expect((await nothing.json()).ErrorMessage).toContain('at least one of FieldRights');
    expect((await addRewrite(s, { TableRight: { Mask: 'None' } })).status).toBe(400);
    expect(
      (await addRewrite(s, { PathContains: 'x', FieldRights: { GoalType: { Reason: 'no mask' } } }))
        .status,
    ).toBe(400);
  });

  it('applies every matching rewrite, in the order added, and leaves the answer given intact', () => {
    const answer = {
      Name: 'Chloe Martin',
      TableRight: { Mask: 'FULL', Reason: '' },
      FieldProperties: { Name: { FieldRight: { Mask: 'Update', Reason: '' }, FieldType: 'x' } },
    };
    const once = applyRewrite(answer, {
      PathContains: 'x',
      Replace: { Chloe: 'Zoe' },
      FieldRights: { Name: { Mask: 'Read', Reason: 'r' } },
    });
    const twice = applyRewrite(once, { PathContains: 'x', Replace: { Zoe: 'Ann' } });
    expect(twice).toEqual({
      Name: 'Ann Martin',
      TableRight: { Mask: 'FULL', Reason: '' },
      FieldProperties: { Name: { FieldRight: { Mask: 'Read', Reason: 'r' }, FieldType: 'x' } },
    });
    expect(answer.Name).toBe('Chloe Martin');
    expect(answer.FieldProperties.Name.FieldRight.Mask).toBe('Update');
  });

  it('gives the field rights to the carriers that hold CarrierContains only: one row', () => {
    const prop = { FieldRight: { Mask: 'Update', Reason: '' }, FieldType: 'x' };
    const row = (name: string) => ({
      Person: { FullName: name },
      FieldProperties: { Values: prop },
    });
    const answer = { TargetAssignments: [row('Chloe Martin'), row('Ella Sand')] };
    const out = applyRewrite(answer, {
      PathContains: 'x',
      FieldRights: { Values: { Mask: 'None', Reason: 'r' } },
      CarrierContains: 'Chloe Martin',
    }) as typeof answer;
    expect(out.TargetAssignments[0].FieldProperties.Values.FieldRight.Mask).toBe('None');
    expect(out.TargetAssignments[1].FieldProperties.Values.FieldRight.Mask).toBe('Update');
  });
});
