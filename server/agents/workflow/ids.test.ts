import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestSandbox } from '../../testing/sandbox.ts';

const W = 'Workflow/';
type Sandbox = Awaited<ReturnType<typeof startTestSandbox>>;
const tempFile = () =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-ids-')), 'db.sqlite');

async function createGoal({ call }: Sandbox): Promise<number> {
  const def = (await call('admin', `${W}CreateDefaultWorkflowGoal`)).body;
  const saved = await call('admin', `${W}SaveWorkflowGoal`, {
    ...def,
    WorkflowId: 4,
    GoalType: 'LinkClicked',
  });
  expect(saved.status).toBe(200);
  return saved.body.WorkflowGoalId;
}

async function createStep({ call }: Sandbox): Promise<number> {
  const def = (await call('admin', `${W}CreateDefaultWorkflowStep`)).body;
  const saved = await call('admin', `${W}SaveWorkflowStep`, {
    ...def,
    WorkflowId: 4,
    StepType: 'CreateSale',
    Rank: 1,
  });
  expect(saved.status).toBe(200);
  return saved.body.WorkflowStepId;
}

async function createOption({ call }: Sandbox): Promise<number> {
  const def = (await call('admin', `${W}CreateDefaultWorkflowStepOption`)).body;
  const saved = await call('admin', `${W}SaveWorkflowStepOption`, {
    ...def,
    WorkflowStepId: 3,
    Name: 'New path',
  });
  expect(saved.status).toBe(200);
  return saved.body.WorkflowStepOptionId;
}

const kinds = [
  { kind: 'goal', create: createGoal, del: 'DeleteWorkflowGoal?WorkflowGoalId=' },
  { kind: 'step', create: createStep, del: 'DeleteWorkflowStep?WorkflowStepId=' },
  { kind: 'option', create: createOption, del: 'DeleteWorkflowStepOption?WorkflowStepOptionId=' },
];

/** Makes the file look like one written before ids were guarded (no record of ids handed out). */
async function asOlderDatabase(file: string) {
  const sandbox = await startTestSandbox(file);
  sandbox.db.transaction(() => {
    for (const name of ['workflow_goal', 'workflow_step', 'workflow_step_option'])
      sandbox.db.exec(`DROP TRIGGER IF EXISTS ${name}_id_used;`);
    sandbox.db.exec('DROP TABLE IF EXISTS workflow_last_id;');
  });
  sandbox.db.close();
}

describe('Workflow ids are never reused', () => {
  for (const { kind, create, del } of kinds) {
    it(`gives a new ${kind} a new id after the newest one was deleted`, async () => {
      const sandbox = await startTestSandbox();
      const first = await create(sandbox);
      expect((await sandbox.call('admin', `${W}${del}${first}`)).status).toBe(204);
      expect(await create(sandbox)).toBeGreaterThan(first);
    });

    it(`gives a new ${kind} a new id after a delete and a restart`, async () => {
      const file = tempFile();
      const before = await startTestSandbox(file);
      const first = await create(before);
      expect((await before.call('admin', `${W}${del}${first}`)).status).toBe(204);
      before.db.close();
      expect(await create(await startTestSandbox(file))).toBeGreaterThan(first);
    });

    it(`guards a database made by an older version too (${kind})`, async () => {
      const file = tempFile();
      await asOlderDatabase(file);
      const before = await startTestSandbox(file);
      const first = await create(before);
      expect((await before.call('admin', `${W}${del}${first}`)).status).toBe(204);
      before.db.close();
      expect(await create(await startTestSandbox(file))).toBeGreaterThan(first);
    });
  }

  it('does not reuse the id of the newest seeded goal once it is deleted', async () => {
    const sandbox = await startTestSandbox();
    const newest = sandbox.db.get<{ m: number }>(
      'SELECT MAX(workflow_goal_id) AS m FROM workflow_goal',
    )!.m;
    expect(
      (await sandbox.call('admin', `${W}DeleteWorkflowGoal?WorkflowGoalId=${newest}`)).status,
    ).toBe(204);
    expect(await createGoal(sandbox)).toBeGreaterThan(newest);
  });
});
