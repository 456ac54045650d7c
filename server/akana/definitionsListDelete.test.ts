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

  // AK-DEL: the answer is the text `true`, so an Accept that allows no text/plain cannot be served
  // (the seed page: 406 for "an incorrect media type for the Accept header").
  it('answers 406 to an Accept that does not allow text/plain, deleting nothing', async () => {
    const s = await startAkanaSandbox();
    const created = await (await s.upload(definitionForm())).json();
    const del = (accept?: string) =>
      s.app.request(`/api/workflow/definitions/${created.Key}`, {
        method: 'DELETE',
        headers: {
          Cookie: s.session.cookie,
          ...s.session.csrf,
          ...(accept === undefined ? {} : { Accept: accept }),
        },
      });
    for (const refused of ['application/json', 'text/plain;q=0, application/json', 'text/html']) {
      const res = await del(refused);
      expect(res.status, refused).toBe(406);
      expect((await res.json()).message).toContain('text/plain');
    }
    expect((await s.list()).WorkflowDefinition.some((d) => d.Key === created.Key)).toBe(true);
    const served = await del('text/plain, application/json');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('true');
    for (const accept of [undefined, '*/*', 'text/*', 'application/json;q=0.9, text/plain;q=0.5'])
      expect((await del(accept)).status, String(accept)).toBe(404);
  });

  it('lists the resource types for the ObjectType select', async () => {
    const s = await startAkanaSandbox();
    const res = await s.app.request('/api/workflow/objecttypes', {
      headers: { Cookie: s.session.cookie },
    });
    expect((await res.json()).ObjectType).toContain('ticket');
  });
});
