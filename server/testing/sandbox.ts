import { openSandboxDatabase } from '../db/openSandbox.ts';
import { SessionStore } from '../auth/sessions.ts';
import { createApp } from '../app.ts';
import type { SandboxOptions } from '../http/env.ts';

export const basic = (user: string, password = user) =>
  'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

/**
 * A sandbox on an in-memory (or given) database for handler tests, with a `call` helper for
 * agent methods: `call('admin', 'Workflow/GetWorkflowGoal?workflowGoalId=1')`.
 */
export async function startTestSandbox(
  file: string | null = null,
  options: Partial<SandboxOptions> = {},
) {
  const { db } = await openSandboxDatabase(file);
  const app = createApp({
    db,
    sessions: new SessionStore(db),
    options: {
      maxUploadBytes: 5 * 1024 * 1024,
      uploadDelayMs: 0,
      fedMemberId: 'flowdesk',
      ...options,
    },
  });
  async function call(
    user: string | null,
    pathAndQuery: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await app.request(`/api/v1/Agents/${pathAndQuery}`, {
      method: 'POST',
      headers: {
        ...(user ? { Authorization: basic(user) } : {}),
        'Accept-Language': 'en',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  return { app, db, call };
}
