import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../testing/sandbox.ts';
import { loadThisYear } from './targets/testHelpers.ts';

/** A tenant's date-time: its own wall-clock time, with no Z or offset (docs/ARCHITECTURE.md). */
const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

describe('the sandbox sends SuperOffice date-times as a tenant does, without a zone', () => {
  it('a flow’s CreatedDate and UpdatedDate, in GetEmailFlow and the flow list', async () => {
    const { call } = await startTestSandbox();
    const list = (await call('viewer', 'Workflow/GetEmailFlowList')).body as {
      EmailFlowId: number;
      Name: string;
      UpdatedDate: string;
    }[];
    for (const f of list) expect(f.UpdatedDate).toMatch(zoneless);
    const welcome = list.find((f) => f.Name === 'Welcome series')!;
    // Seeded at 09:00 UTC; the sandbox tenant's own zone is UTC.
    expect(welcome.UpdatedDate).toBe('2026-01-15T09:00:00');
    const flow = (await call('viewer', `Workflow/GetEmailFlow?emailFlowId=${welcome.EmailFlowId}`))
      .body;
    expect(flow.CreatedDate).toBe('2026-01-15T09:00:00');
    expect(flow.UpdatedDate).toBe('2026-01-15T09:00:00');
  });

  it('a target revision’s When, and the registered time in a sent event’s result', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const id = g.TargetAssignments[0].TargetAssignmentInfoId;
    const history = (
      await s.call('viewer', 'Targets/GetTargetRevisionHistory', { TargetAssignmentInfoId: id })
    ).body as { Revisions: { When: string }[] };
    expect(history.Revisions.length).toBeGreaterThan(0);
    for (const r of history.Revisions) expect(r.When).toMatch(zoneless);
    const blank = (await s.call('admin', 'Targets/CreateDefaultTargetRevision')).body;
    expect(blank.When).toMatch(zoneless);

    const sent = (
      await s.call('admin', 'Workflow/SendEvent', {
        WorkflowEvent: { EventType: 'PersonUpdated', Attributes: '' },
      })
    ).body as { Attributes: string };
    expect(JSON.parse(sent.Attributes).registered).toMatch(zoneless);
  });
});
