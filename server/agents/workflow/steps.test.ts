import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';

const W = 'Workflow/';
type Step = { WorkflowStepId: number; StepType: string; Rank: number };

describe('Workflow steps', () => {
  it('gets a step with its subtype properties; 404 for an unknown one', async () => {
    const { call } = await startTestSandbox();
    const split = await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 });
    expect(split.body).toMatchObject({
      StepType: 'Split',
      SplitName: 'What did they click?',
      ExitFlow: false,
    });
    expect(split.body.Options).toHaveLength(3);
    expect(split.body.TableRight).toBeUndefined();
    expect((await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 999 })).status).toBe(404);
  });

  it('adds a step after another and renumbers the line', async () => {
    const { call } = await startTestSandbox();
    const sub = (
      await call('admin', `${W}CreateDefaultWorkflowStepFromType`, { StepType: 'RunScript' })
    ).body;
    const added = await call('admin', `${W}AddAfterWorkflowStep`, {
      WorkflowStepId: 1,
      SubStep: sub,
    });
    expect(added.body).toMatchObject({ StepType: 'RunScript', Rank: 2, WorkflowId: 1 });
    const flow = (await call('admin', `${W}GetEmailFlow?emailFlowId=1`)).body;
    expect(flow.Steps.map((s: Step) => [s.StepType, s.Rank])).toEqual([
      ['SendEmail', 1],
      ['RunScript', 2],
      ['WaitForTime', 3],
      ['Split', 4],
      ['UpdateParticipant', 5],
    ]);
  });

  it('creates, moves and deletes a main-line step with SaveWorkflowStep / DeleteWorkflowStep', async () => {
    const { call } = await startTestSandbox();
    const def = (await call('admin', `${W}CreateDefaultWorkflowStep`)).body;
    expect(def).toMatchObject({ WorkflowStepId: 0, SubSteps: [], TableRight: { Mask: 'FULL' } });
    const saved = await call('admin', `${W}SaveWorkflowStep`, {
      ...def,
      WorkflowId: 4,
      StepType: 'CreateSale',
      Rank: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ StepType: 'CreateSale', Rank: 1 });
    let flow = (await call('admin', `${W}GetEmailFlow?emailFlowId=4`)).body;
    expect(flow.Steps.map((s: Step) => s.Rank)).toEqual([1, 2, 3, 4]);
    expect(
      (await call('admin', `${W}DeleteWorkflowStep?WorkflowStepId=${saved.body.WorkflowStepId}`))
        .status,
    ).toBe(204);
    flow = (await call('admin', `${W}GetEmailFlow?emailFlowId=4`)).body;
    expect(flow.Steps.map((s: Step) => [s.StepType, s.Rank])).toEqual([
      ['SendEmail', 1],
      ['WaitForTime', 2],
      ['Split', 3],
    ]);
  });

  it('takes Rank 0 (what CreateDefault gives) as no rank: a new step goes last, a saved one stays', async () => {
    const { call } = await startTestSandbox();
    const line = async () =>
      (await call('admin', `${W}GetEmailFlow?emailFlowId=1`)).body.Steps.map((s: Step) => [
        s.StepType,
        s.Rank,
      ]);
    const before = await line();
    // Ranks are 1-based: 1 is the first step.
    expect(before.map(([, rank]: [string, number]) => rank)).toEqual([1, 2, 3, 4]);
    const wait = (await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 2 })).body;
    expect(wait).toMatchObject({ StepType: 'WaitForTime', Rank: 2 });
    const saved = await call('admin', `${W}SaveWorkflowStep`, { ...wait, Rank: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.Rank).toBe(2);
    expect(await line()).toEqual(before);
    const def = (await call('admin', `${W}CreateDefaultWorkflowStep`)).body;
    const added = await call('admin', `${W}SaveWorkflowStep`, {
      ...def,
      WorkflowId: 1,
      StepType: 'RunScript',
      Rank: 0,
    });
    expect(added.body.Rank).toBe(5);
    expect(await line()).toEqual([...before, ['RunScript', 5]]);
  });

  it('deleting a split removes its options and their steps', async () => {
    const { call } = await startTestSandbox();
    await call('admin', `${W}DeleteWorkflowStep?WorkflowStepId=3`);
    expect(
      (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 1 })).status,
    ).toBe(404);
    expect((await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 4 })).status).toBe(404);
  });

  it('validates step input (400 naming the field) and rights (403)', async () => {
    const { call } = await startTestSandbox();
    expect(
      (await call('admin', `${W}CreateDefaultWorkflowStepFromType`, { StepType: 'Nope' })).body,
    ).toMatchObject({
      ErrorField: 'StepType',
    });
    expect(
      (
        await call('admin', `${W}SaveWorkflowStep`, {
          WorkflowStepId: 0,
          WorkflowId: 99,
          StepType: 'SendSMS',
        })
      ).body,
    ).toMatchObject({
      ErrorField: 'WorkflowId',
    });
    expect(
      (
        await call('admin', `${W}SaveWorkflowStep`, {
          WorkflowStepId: 3,
          SplitName: 's'.repeat(300),
        })
      ).body,
    ).toMatchObject({
      ErrorField: 'SplitName',
    });
    expect((await call('admin', `${W}SaveWorkflowStep`)).status).toBe(400);
    expect(
      (await call('admin', `${W}AddAfterWorkflowStep`, { WorkflowStepId: 1 })).body,
    ).toMatchObject({ ErrorField: 'SubStep' });
    const sub = { StepType: 'SendSMS' };
    expect(
      (await call('viewer', `${W}AddAfterWorkflowStep`, { WorkflowStepId: 1, SubStep: sub }))
        .status,
    ).toBe(403);
    expect((await call('planner', `${W}DeleteWorkflowStep?WorkflowStepId=1`)).status).toBe(403);
  });
});
