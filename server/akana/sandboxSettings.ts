import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { resolveSuperOfficeUser } from '../auth/authenticate.ts';
import { can } from '../auth/users.ts';
import { getCookie } from 'hono/cookie';
import { AkanaError } from './akanaErrors.ts';

/**
 * Sandbox only: `POST /api/sandbox/settings {"uploadDelayMs"}` changes the upload delay of the
 * running sandbox, so one test run can have slow and fast uploads. Admin (Basic) only.
 */
export function mountSandboxSettings(app: Hono<AppEnv>): void {
  app.post('/api/sandbox/settings', async (c) => {
    const { sessions, options } = c.get('services');
    const user = resolveSuperOfficeUser(
      sessions,
      c.req.header('Authorization'),
      getCookie(c),
      undefined,
    );
    if (!user) throw new AkanaError(401, 'Send Authorization: Basic for an admin');
    if (!can(user, 'definitions.edit'))
      throw new AkanaError(403, 'Only an admin may change sandbox settings');
    let body: { uploadDelayMs?: unknown };
    try {
      body = await c.req.json();
    } catch {
      throw new AkanaError(400, 'Send {"uploadDelayMs": number} as JSON');
    }
    const ms = body.uploadDelayMs;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 60_000)
      throw new AkanaError(400, 'uploadDelayMs must be a number from 0 to 60000', {
        field: 'uploadDelayMs',
      });
    options.uploadDelayMs = ms;
    return c.json({ uploadDelayMs: options.uploadDelayMs });
  });
}
