import { startTestSandbox } from '../testing/sandbox.ts';
import type { SandboxOptions } from '../http/env.ts';
import { osWorkflowXml } from './seedDefinitions.ts';

type App = Awaited<ReturnType<typeof startTestSandbox>>['app'];

export const validXml = osWorkflowXml('@StartDiscussion', ['Approve', 'Reject']);

/** Signs in to the sandbox's Akana login; returns the Cookie header and the CSRF header. */
export async function akanaLogin(app: App, user: string) {
  const res = await app.request('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${user}@flowdesk.test`, password: user }),
  });
  const setCookies = res.headers.getSetCookie();
  const pairs = setCookies.map((c) => c.split(';')[0]);
  const csrfPair = pairs.find((p) => p.startsWith('X-Csrf-Token_flowdesk='));
  const cookie = pairs.join('; ');
  const csrf: Record<string, string> = csrfPair
    ? { 'X-Csrf-Token_flowdesk': csrfPair.slice(csrfPair.indexOf('=') + 1) }
    : {};
  return { res, setCookies, cookie, csrf };
}

export function definitionForm(
  fields: Partial<Record<'Name' | 'Description' | 'ObjectType', string>> & {
    file?: string | Uint8Array<ArrayBuffer> | null;
    fileName?: string;
  } = {},
) {
  const form = new FormData();
  const { file = validXml, fileName = 'moderation.xml', ...rest } = fields;
  const values = {
    Name: 'Moderation',
    Description: 'Moderated posts',
    ObjectType: 'discussion',
    ...rest,
  };
  if (file !== null) form.set('File', new File([file], fileName, { type: 'text/xml' }));
  for (const [k, v] of Object.entries(values)) if (v !== undefined) form.set(k, v);
  return form;
}

/** A sandbox plus a signed-in admin, with helpers for the definitions endpoints. */
export async function startAkanaSandbox(options: Partial<SandboxOptions> = {}, user = 'admin') {
  const sandbox = await startTestSandbox(null, options);
  const session = await akanaLogin(sandbox.app, user);
  const upload = (
    form: FormData,
    headers: Record<string, string> = { Cookie: session.cookie, ...session.csrf },
    signal?: AbortSignal,
  ) =>
    sandbox.app.request('/api/workflow/definitions', {
      method: 'POST',
      headers,
      body: form,
      signal,
    });
  const list = async (query = '') => {
    const res = await sandbox.app.request(`/api/workflow/definitions${query}`, {
      headers: { Cookie: session.cookie },
    });
    return (await res.json()) as { WorkflowDefinition: Record<string, string>[] };
  };
  return { ...sandbox, session, upload, list };
}
