import { describe, expect, it } from 'vitest';
import { definitionForm, startAkanaSandbox } from './testClient.ts';

describe('GET and DELETE /api/workflow/definitions', () => {
  it('lists the seeded definitions with every WorkflowDefinition field', async () => {
    const s = await startAkanaSandbox();
    const { WorkflowDefinition: all } = await s.list();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const d of all)
      expect(Object.keys(d).sort()).toEqual(
        ['BusinessID', 'Description', 'Key', 'Name', 'ObjectType', 'State', 'Updated'].sort(),
      );
  });

  it('filters by ObjectType (case-insensitive) and BusinessID', async () => {
    const s = await startAkanaSandbox();
    const tickets = (await s.list('?ObjectType=Ticket')).WorkflowDefinition;
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.every((d) => d.ObjectType === 'ticket')).toBe(true);
    expect(
      (await s.list('?BusinessID=tenantbusiness.flowdesk')).WorkflowDefinition.length,
    ).toBeGreaterThan(0);
    expect((await s.list('?BusinessID=tenantbusiness.other')).WorkflowDefinition).toEqual([]);
  });

  it('deletes with 200 and the text true, then 404 for the same key', async () => {
    const s = await startAkanaSandbox();
    const created = await (await s.upload(definitionForm())).json();
    const del = () =>
      s.app.request(`/api/workflow/definitions/${created.Key}`, {
        method: 'DELETE',
        headers: { Cookie: s.session.cookie, ...s.session.csrf },
      });
    const first = await del();
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('true');
    expect((await s.list()).WorkflowDefinition.some((d) => d.Key === created.Key)).toBe(false);
    const again = await del();
    expect(again.status).toBe(404);
    expect((await again.json()).message).toContain(created.Key);
  });

  it('lists the resource types for the ObjectType select', async () => {
    const s = await startAkanaSandbox();
    const res = await s.app.request('/api/workflow/objecttypes', {
      headers: { Cookie: s.session.cookie },
    });
    expect((await res.json()).ObjectType).toContain('ticket');
  });
});
