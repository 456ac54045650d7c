import { describe, expect, it } from 'vitest';
import { definitionForm, startAkanaSandbox } from './testClient.ts';

type Sandbox = Awaited<ReturnType<typeof startAkanaSandbox>>;

const post = (s: Sandbox, path: string, body: unknown) =>
  s.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /api/workflow/definitions held by the sandbox fault "hold"', () => {
  it('is carried out once released, as any held request (the fault read its body first)', async () => {
    const s = await startAkanaSandbox();
    await post(s, '/api/sandbox/faults', {
      PathContains: '/api/workflow/definitions',
      Kind: 'hold',
    });
    const held = s.upload(definitionForm({ Name: 'Held upload' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await s.list()).WorkflowDefinition.map((d) => d.Name)).not.toContain('Held upload');
    await post(s, '/api/sandbox/faults/release', { Then: 'asUsual' });
    // It failed with 500 'ReadableStream is locked': the route read the stream the fault had read.
    const res = await held;
    expect(res.status).toBe(200);
    expect((await s.list()).WorkflowDefinition.map((d) => d.Name)).toContain('Held upload');
  });
});
