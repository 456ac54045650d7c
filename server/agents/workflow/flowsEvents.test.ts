import { describe, expect, it } from 'vitest';
import {
  eventTypeByListId,
  goalTypeByListId,
  splitOptionTypeByListId,
  stepTypeByListId,
  type EnumNamesByListId,
} from '../../../src/api/workflow/enumListIds.ts';
import { basic, startTestSandbox } from '../../testing/sandbox.ts';
import { eventTypes, goalTypes, splitOptionTypes, stepTypes, type EnumEntry } from './enums.ts';

const W = 'Workflow/';

describe('Email flows, lists and events', () => {
  it('lists flows with status and counts, and gets one with steps and goals', async () => {
    const { call } = await startTestSandbox();
    const list = (await call('viewer', `${W}GetEmailFlowList`)).body;
    expect(list.length).toBeGreaterThanOrEqual(4);
    const welcome = list.find((f: { Name: string }) => f.Name === 'Welcome series');
    expect(welcome).toMatchObject({ Status: 'Running', MainLineStepCount: 4, GoalCount: 2 });
    const flow = (await call('viewer', `${W}GetEmailFlow?emailFlowId=${welcome.EmailFlowId}`)).body;
    expect(flow.Steps).toHaveLength(4);
    expect(flow.Goals).toHaveLength(2);
    expect(flow.Steps[2].Options.length).toBeGreaterThanOrEqual(2);
    expect((await call('viewer', `${W}GetEmailFlow?emailFlowId=999`)).status).toBe(404);
  });

  it('numbers its enum lists as the app names their items by Id (written on both sides)', async () => {
    const { app } = await startTestSandbox();
    const lists: [string, EnumNamesByListId, readonly EnumEntry[]][] = [
      ['workflowsplitoptiontype', splitOptionTypeByListId, splitOptionTypes],
      ['workflowgoaltype', goalTypeByListId, goalTypes],
      ['workflowsteptype', stepTypeByListId, stepTypes],
      ['workfloweventtype', eventTypeByListId, eventTypes],
    ];
    for (const [list, appNames, entries] of lists) {
      const items = (await (
        await app.request(`/api/v1/MDOList/${list}`, {
          headers: { Authorization: basic('viewer') },
        })
      ).json()) as { Id: number; Name: string }[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items)
        expect([list, item.Name, entries.find((e) => e.name === appNames[item.Id])?.text]).toEqual([
          list,
          item.Name,
          item.Name,
        ]);
    }
  });

  it('serves the workflow MDO lists and the restrictable fields', async () => {
    const { app, call } = await startTestSandbox();
    const get = async (name: string) =>
      (
        await app.request(`/api/v1/MDOList/${name}`, {
          headers: { Authorization: basic('viewer') },
        })
      ).json();
    // As a real tenant sends them (superoffice-docs mdo-providers reference): the enum's number
    // as Id, its text as Name, ExtraInfo empty.
    type Item = { Id: number; Name: string; ExtraInfo: string };
    const steps: Item[] = await get('workflowsteptype');
    expect(steps.find((i) => i.Id === 15)).toMatchObject({
      Name: 'Distribute to owner',
      ExtraInfo: '',
    });
    const goalTypes: Item[] = await get('workflowgoaltype');
    expect(goalTypes.find((i) => i.Id === 9)).toMatchObject({
      Name: 'Link clicked',
      ExtraInfo: '',
    });
    // Numbered as its reference page: 1 Contact data … 5 Selection member; no Form data item.
    const optionTypes: Item[] = await get('workflowsplitoptiontype');
    expect(optionTypes.map((i) => [i.Id, i.Name, i.ExtraInfo])).toEqual([
      [1, 'Contact data', ''],
      [2, 'Form submission', ''],
      [3, 'Link clicked', ''],
      [4, 'Project membership', ''],
      [5, 'Selection membership', ''],
    ]);
    const eventTypes: Item[] = await get('workfloweventtype');
    expect(eventTypes.find((i) => i.Id === 1002)).toMatchObject({
      Name: 'Contact updated',
      ExtraInfo: '',
    });
    const fields = (await call('viewer', `${W}GetRestrictableFields`)).body;
    expect(fields.find((f: { Name: string }) => f.Name === 'personCategory')).toMatchObject({
      Type: 'list',
    });
    expect(new Set(fields.map((f: { Type: string }) => f.Type))).toEqual(
      new Set(['list', 'number', 'text', 'bool', 'date']),
    );
  });

  it('serves the MDO list each list field’s ColumnInfo names, as a tenant does', async () => {
    const { app, call } = await startTestSandbox();
    const fields = (await call('viewer', `${W}GetRestrictableFields`)).body as {
      Type: string;
      ListItems: { Id: string; Name: string }[];
      ColumnInfo: { RestrictionListName: string };
    }[];
    const lists = fields.filter((f) => f.Type === 'list');
    expect(lists.map((f) => f.ColumnInfo.RestrictionListName)).toEqual([
      'category',
      'business',
      'country',
      'formname',
    ]);
    for (const f of lists) {
      const res = await app.request(`/api/v1/MDOList/${f.ColumnInfo.RestrictionListName}`, {
        headers: { Authorization: basic('viewer') },
      });
      const items = (await res.json()) as { Id: number; Name: string }[];
      // The ids a condition stores (as strings) name the same items.
      expect(items.map((i) => ({ Id: String(i.Id), Name: i.Name }))).toEqual(f.ListItems);
    }
  });

  it('sends an event, records it and explains the result', async () => {
    const { call, db } = await startTestSandbox();
    const def = (await call('admin', `${W}CreateDefaultWorkflowEvent`)).body;
    expect(def).toMatchObject({ EventType: 'PersonUpdated', Attributes: '' });
    const res = await call('admin', `${W}SendEvent`, {
      WorkflowEvent: { ...def, EventType: 'FormSubmitted', Attributes: 'personId=12' },
    });
    expect(res.status).toBe(200);
    expect(res.body.EventType).toBe('FormSubmitted');
    const info = JSON.parse(res.body.Attributes);
    expect(info).toMatchObject({ status: 'Processed', sentBy: 'admin' });
    expect(info.goalsInRunningFlows).toEqual([{ goalId: 2, flow: 'Welcome series' }]);
    expect(
      db.get<{ attributes: string }>(
        'SELECT attributes FROM workflow_event WHERE workflow_event_id = ?',
        [info.eventId],
      )?.attributes,
    ).toBe('personId=12');
  });

  it('rejects unknown or missing event types with 400 and read-only users with 403', async () => {
    const { call } = await startTestSandbox();
    const click = await call('admin', `${W}SendEvent`, {
      WorkflowEvent: { EventType: 'Click', Attributes: '' },
    });
    expect(click.status).toBe(400);
    expect(click.body).toMatchObject({ ErrorField: 'EventType' });
    expect((await call('admin', `${W}SendEvent`, { WorkflowEvent: null })).body).toMatchObject({
      ErrorField: 'WorkflowEvent',
    });
    expect(
      (
        await call('admin', `${W}SendEvent`, {
          WorkflowEvent: { EventType: 'Run', Attributes: 'a'.repeat(4001) },
        })
      ).body,
    ).toMatchObject({
      ErrorField: 'Attributes',
    });
    expect(
      (await call('viewer', `${W}SendEvent`, { WorkflowEvent: { EventType: 'Run' } })).status,
    ).toBe(403);
  });
});
