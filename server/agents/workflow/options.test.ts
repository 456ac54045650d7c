import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestSandbox } from '../../testing/sandbox.ts';

const W = 'Workflow/';
type Step = { WorkflowStepId: number; StepType: string; Rank: number; Subject?: string };

describe('Workflow step options', () => {
  it('creates an option under a split with steps; ranks come back 1..n in the order sent', async () => {
    const { call } = await startTestSandbox();
    // …FromType takes only the option type (contract §3): a split sent is ignored, as a tenant
    // does, so the caller puts the split in.
    const def = await call('admin', `${W}CreateDefaultWorkflowStepOptionFromType`, {
      OptionType: 'LinkClicked',
      WorkflowStepId: 3,
    });
    expect(def.body).toMatchObject({
      OptionType: 'LinkClicked',
      WorkflowStepId: 0,
      WorkflowId: 0,
      Rank: 0,
    });
    const sms = (
      await call('admin', `${W}CreateDefaultWorkflowStepFromType`, { StepType: 'SendSMS' })
    ).body;
    const mail = (
      await call('admin', `${W}CreateDefaultWorkflowStepFromType`, { StepType: 'SendEmail' })
    ).body;
    expect(sms).toMatchObject({ WorkflowStepId: 0, StepType: 'SendSMS', Message: '' });
    const saved = await call('admin', `${W}SaveWorkflowStepOption`, {
      ...def.body,
      WorkflowStepId: 3,
      Name: 'Clicked the webinar link',
      Steps: [
        { ...mail, Rank: 9, Subject: 'First' },
        { ...sms, Rank: 3 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.Key).toBe('clicked-the-webinar-link');
    expect(saved.body.Steps.map((s: Step) => [s.StepType, s.Rank])).toEqual([
      ['SendEmail', 1],
      ['SendSMS', 2],
    ]);
    const id = saved.body.WorkflowStepOptionId;
    const reordered = await call('admin', `${W}SaveWorkflowStepOption`, {
      ...saved.body,
      Steps: [saved.body.Steps[1], saved.body.Steps[0]],
    });
    expect(reordered.body.Steps.map((s: Step) => [s.StepType, s.Rank])).toEqual([
      ['SendSMS', 1],
      ['SendEmail', 2],
    ]);
    const got = await call('viewer', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: id });
    expect(got.body.Steps.map((s: Step) => s.StepType)).toEqual(['SendSMS', 'SendEmail']);
    expect(got.body.Steps[1].Subject).toBe('First');
  });

  it('seeds every “Everyone else” path as the catch-all (OptionType None), so new paths go before it', async () => {
    const { call } = await startTestSandbox();
    type Option = { Name: string; OptionType: string; Steps?: Split[] };
    type Split = { Options?: Option[] };
    const everyoneElse: string[] = [];
    const walk = (steps: Split[] = []) =>
      steps.forEach((s) =>
        (s.Options ?? []).forEach((o) => {
          if (o.Name === 'Everyone else') everyoneElse.push(o.OptionType);
          walk(o.Steps);
        }),
      );
    for (const EmailFlowId of [1, 2, 3]) {
      const flow = await call('admin', `${W}GetEmailFlow`, { EmailFlowId });
      walk(flow.body.Steps);
    }
    expect(everyoneElse.length).toBeGreaterThanOrEqual(3);
    expect(everyoneElse.every((t) => t === 'None')).toBe(true);
  });

  it('places a new option at the rank it is saved with, and last without one', async () => {
    const { call } = await startTestSandbox();
    const paths = async () =>
      (await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 })).body.Options.map(
        (o: { Name: string; Rank: number }) => [o.Name, o.Rank],
      );
    const def = (
      await call('admin', `${W}CreateDefaultWorkflowStepOptionFromType`, {
        OptionType: 'LinkClicked',
      })
    ).body;
    await call('admin', `${W}SaveWorkflowStepOption`, {
      ...def,
      WorkflowStepId: 3,
      Rank: 3,
      Name: 'Clicked the blog',
    });
    await call('admin', `${W}SaveWorkflowStepOption`, {
      ...def,
      WorkflowStepId: 3,
      Name: 'Unranked',
    });
    expect(await paths()).toEqual([
      ['Clicked the getting-started guide', 1],
      ['Clicked pricing', 2],
      ['Clicked the blog', 3],
      ['Everyone else', 4],
      ['Unranked', 5],
    ]);
  });

  it('keeps a saved option in its place when it is saved with Rank 0 (no rank given)', async () => {
    const { call } = await startTestSandbox();
    const paths = async () =>
      (await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 })).body.Options.map(
        (o: { Name: string; Rank: number }) => [o.Name, o.Rank],
      );
    const before = await paths();
    const pricing = (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 2 }))
      .body;
    expect(pricing.Rank).toBe(2);
    const saved = await call('admin', `${W}SaveWorkflowStepOption`, { ...pricing, Rank: 0 });
    expect(saved.body.Rank).toBe(2);
    expect(await paths()).toEqual(before);
  });

  it('refuses a new option without its split with a 400 naming WorkflowStepId', async () => {
    const { call } = await startTestSandbox();
    const def = (await call('admin', `${W}CreateDefaultWorkflowStepOption?WorkflowStepId=3`)).body;
    expect(def).toMatchObject({ WorkflowStepId: 0, WorkflowId: 0 });
    const saved = await call('admin', `${W}SaveWorkflowStepOption`, { ...def, Name: 'Lost' });
    expect(saved.status).toBe(400);
    expect(saved.body).toMatchObject({
      ErrorField: 'WorkflowStepId',
      ErrorMessage: 'WorkflowStepId must name the split step this option belongs to.',
    });
  });

  it('makes a key left blank from the name, unique within the split', async () => {
    const { call } = await startTestSandbox();
    const save = async (Name: string, Key = '') => {
      const def = await call('admin', `${W}CreateDefaultWorkflowStepOption`);
      return call('admin', `${W}SaveWorkflowStepOption`, {
        ...def.body,
        WorkflowStepId: 3,
        Name,
        Key,
      });
    };
    expect((await save('Clicked the blog')).body.Key).toBe('clicked-the-blog');
    expect((await save('Clicked the blog')).body.Key).toBe('clicked-the-blog-2');
    expect((await save('Clicked the blog!')).body.Key).toBe('clicked-the-blog-3');
    const long = 'x'.repeat(60);
    expect((await save(long)).body.Key).toBe('x'.repeat(40));
    expect((await save(long)).body.Key).toBe(`${'x'.repeat(38)}-2`);
    // Accented and Nordic letters are kept as their base letters, not dropped.
    expect((await save('Ærlig østers')).body.Key).toBe('aerlig-osters');
    expect((await save('Café Größe')).body.Key).toBe('cafe-grosse');
    expect((await save('Åpen på Søndag')).body.Key).toBe('apen-pa-sondag');
    // A key the user types is theirs: a clash is refused, naming it.
    const typed = await save('Another pricing', 'pricing');
    expect(typed.status).toBe(400);
    expect(typed.body.ErrorField).toBe('Key');
  });

  it('places an option at its Rank among the split options and renumbers the others', async () => {
    const { call } = await startTestSandbox();
    const opt = (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 3 }))
      .body;
    expect(opt.Rank).toBe(3);
    await call('admin', `${W}SaveWorkflowStepOption`, { ...opt, Rank: 1 });
    const split = (await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 })).body;
    expect(
      split.Options.map((o: { WorkflowStepOptionId: number; Rank: number }) => [
        o.WorkflowStepOptionId,
        o.Rank,
      ]),
    ).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
    await call('admin', `${W}DeleteWorkflowStepOption?WorkflowStepOptionId=1`);
    const after = (await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 })).body;
    expect(after.Options.map((o: { Rank: number }) => o.Rank)).toEqual([1, 2]);
  });

  it('saves a nested split inside a path (options of the nested split too)', async () => {
    const { call } = await startTestSandbox();
    const attended = (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 4 }))
      .body;
    const nested = attended.Steps[1];
    expect(nested.StepType).toBe('Split');
    nested.Options[1].Name = 'All other categories';
    const saved = await call('admin', `${W}SaveWorkflowStepOption`, attended);
    expect(saved.body.Steps[1].Options[1].Name).toBe('All other categories');
    expect(saved.body.Steps[1].Options[1].Steps).toHaveLength(1);
  });

  it('answers GetWorkflowStepOption as WorkflowStepOptionBase: no Key, TableRight or FieldProperties', async () => {
    const { call } = await startTestSandbox();
    const opt = (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 1 }))
      .body;
    expect(opt).toMatchObject({ WorkflowStepOptionId: 1, OptionType: expect.any(String) });
    expect(Object.keys(opt)).not.toContain('Key');
    expect(Object.keys(opt)).not.toContain('TableRight');
    expect(Object.keys(opt)).not.toContain('FieldProperties');
    // Saved back without a Key, the option keeps the one it has.
    const saved = (await call('admin', `${W}SaveWorkflowStepOption`, opt)).body;
    expect(saved.Key).toBe('guide');
  });

  it('answers CreateDefault…FromType as WorkflowStepOptionBase: no Key, TableRight or FieldProperties', async () => {
    const { call } = await startTestSandbox();
    const def = (
      await call('admin', `${W}CreateDefaultWorkflowStepOptionFromType`, {
        OptionType: 'LinkClicked',
      })
    ).body;
    expect(def).toMatchObject({ OptionType: 'LinkClicked', WorkflowStepOptionId: 0, Rank: 0 });
    for (const name of ['Key', 'TableRight', 'FieldProperties'])
      expect(Object.keys(def)).not.toContain(name);
    // Saved without a Key, the new option gets one made from its name, as before.
    const saved = (
      await call('admin', `${W}SaveWorkflowStepOption`, {
        ...def,
        WorkflowStepId: 3,
        Rank: 3,
        Name: 'Clicked the blog',
      })
    ).body;
    expect(saved.Key).toBe('clicked-the-blog');
    // CreateDefaultWorkflowStepOption answers WorkflowStepOption, with them.
    const full = (await call('admin', `${W}CreateDefaultWorkflowStepOption`)).body;
    expect(Object.keys(full)).toEqual(
      expect.arrayContaining(['Key', 'TableRight', 'FieldProperties']),
    );
  });

  it('answers a split’s Options as WorkflowStepOptionBase, nested splits too: no Key or rights', async () => {
    const { call, db } = await startTestSandbox();
    const keys = () =>
      db.all('SELECT workflow_step_option_id, option_key FROM workflow_step_option');
    const keysBefore = keys();
    type Option = Record<string, unknown> & { Steps?: Record<string, unknown>[] };
    const options: Option[] = [];
    const walk = (steps: Record<string, unknown>[] = []) =>
      steps.forEach((s) =>
        ((s.Options as Option[] | undefined) ?? []).forEach((o) => {
          options.push(o);
          walk(o.Steps);
        }),
      );
    walk((await call('admin', `${W}GetEmailFlow`, { EmailFlowId: 2 })).body.Steps);
    walk([(await call('admin', `${W}GetWorkflowStep`, { WorkflowStepId: 3 })).body]);
    const withSteps = (
      await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 4 })
    ).body;
    walk(withSteps.Steps);
    const saved = (await call('admin', `${W}SaveWorkflowStepOption`, withSteps)).body;
    walk(saved.Steps);
    expect(options.length).toBeGreaterThan(5);
    const carrying = options.filter((o) =>
      ['Key', 'TableRight', 'FieldProperties'].some((name) => Object.hasOwn(o, name)),
    );
    expect(carrying.map((o) => o.Name)).toEqual([]);
    // Sent back without their Keys (just above), the nested options kept theirs.
    expect(keys()).toEqual(keysBefore);
  });

  it('refuses a changed Key, an unknown option type, a long name and a missing name (400 with field)', async () => {
    const { call } = await startTestSandbox();
    // Save answers WorkflowStepOption, with its Key and rights.
    const loaded = (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 1 }))
      .body;
    const opt = (await call('admin', `${W}SaveWorkflowStepOption`, loaded)).body;
    expect(opt.FieldProperties.Key.FieldRight.Mask).toBe('Read, UIHintReadOnly');
    const save = (b: unknown) => call('admin', `${W}SaveWorkflowStepOption`, b);
    expect((await save({ ...opt, Key: 'other' })).body).toMatchObject({ ErrorField: 'Key' });
    expect((await save({ ...opt, OptionType: 'Telepathy' })).body).toMatchObject({
      ErrorField: 'OptionType',
    });
    expect((await save({ ...opt, Name: 'n'.repeat(255) })).body).toMatchObject({
      ErrorField: 'Name',
      ErrorMessage: 'Name is longer than 254 characters.',
    });
    expect((await save({ ...opt, Name: ' ' })).body).toMatchObject({
      ErrorField: 'Name',
      ErrorMessage: 'Name must be filled in.',
    });
    // A split added last on the path, its first option without a name.
    const unnamedInPath = structuredClone(opt);
    const at = unnamedInPath.Steps.push({ StepType: 'Split', Options: [{}, { Name: '' }] }) - 1;
    expect((await save(unnamedInPath)).body).toMatchObject({
      ErrorField: `Steps.${at}.Options.0.Name`,
      ErrorMessage: `Step ${at + 1}, path 1: Name must be filled in.`,
    });
    expect((await save({ ...opt, Rank: 'first' })).body).toMatchObject({
      ErrorField: 'Rank',
      ErrorMessage: 'Rank must be a whole number.',
    });
    expect((await save({ ...opt, WorkflowStepId: 1 })).body).toMatchObject({
      ErrorField: 'WorkflowStepId',
    });
    const badStep = structuredClone(opt);
    badStep.Steps[0].StepType = 'Teleport';
    expect((await save(badStep)).body).toMatchObject({
      ErrorField: 'Steps.0.StepType',
      ErrorMessage: "Step 1: StepType 'Teleport' is not a known value.",
    });
    const notAStep = structuredClone(opt);
    notAStep.Steps.push('a step');
    expect((await save(notAStep)).body).toMatchObject({
      ErrorField: `Steps.${notAStep.Steps.length - 1}`,
      ErrorMessage: `Step ${notAStep.Steps.length} must be an object.`,
    });
    expect((await call('admin', `${W}SaveWorkflowStepOption`)).status).toBe(400);
    expect(
      (await call('admin', `${W}CreateDefaultWorkflowStepOptionFromType`, { OptionType: 'Nope' }))
        .status,
    ).toBe(400);
  });

  it('answers 404 for unknown options and 403 for saves by read-only users', async () => {
    const { call } = await startTestSandbox();
    expect(
      (await call('admin', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 999 })).status,
    ).toBe(404);
    expect(
      (await call('admin', `${W}DeleteWorkflowStepOption?WorkflowStepOptionId=999`)).status,
    ).toBe(404);
    const opt = (await call('planner', `${W}GetWorkflowStepOption`, { WorkflowStepOptionId: 1 }))
      .body;
    const rights = (await call('planner', `${W}CreateDefaultWorkflowStepOption`)).body;
    expect(rights.TableRight.Mask).toBe('Select');
    expect(rights.FieldProperties.Name.FieldRight).toEqual({
      Mask: 'Read',
      Reason: 'Your role may view but not change this',
    });
    expect((await call('planner', `${W}SaveWorkflowStepOption`, opt)).status).toBe(403);
    expect(
      (await call('viewer', `${W}DeleteWorkflowStepOption?WorkflowStepOptionId=1`)).status,
    ).toBe(403);
  });

  it('keeps saved options across a restart', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-wf-')), 'db.sqlite');
    const first = await startTestSandbox(file);
    const def = (await first.call('admin', `${W}CreateDefaultWorkflowStepOption`)).body;
    const saved = await first.call('admin', `${W}SaveWorkflowStepOption`, {
      ...def,
      WorkflowStepId: 3,
      Name: 'Persisted',
    });
    first.db.close();
    const second = await startTestSandbox(file);
    const got = await second.call('admin', `${W}GetWorkflowStepOption`, {
      WorkflowStepOptionId: saved.body.WorkflowStepOptionId,
    });
    expect(got.body.Name).toBe('Persisted');
  });
});
