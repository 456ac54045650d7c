import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { resolveSuperOfficeUser } from '../auth/authenticate.ts';
import { can } from '../auth/users.ts';
import { getCookie } from 'hono/cookie';
import { AkanaError } from './akanaErrors.ts';

/**
 * Sandbox only: `POST /api/sandbox/settings {"uploadDelayMs", "maxUploadBytes", "readRequestCsrf"}`
 * (any of them) changes the upload delay, the largest definition file or the site setting "CSRF
 * Support for Read Requests" of the running sandbox, so one test run can have slow and fast
 * uploads, a platform whose limit is below the page's, or one that checks CSRF on reads. Admin
 * (Basic) only. Answers with the settings as they are now.
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
    const usage =
      'Send {"uploadDelayMs": number, "maxUploadBytes": number, "readRequestCsrf": boolean} (any of them) as JSON';
    let body: { uploadDelayMs?: unknown; maxUploadBytes?: unknown; readRequestCsrf?: unknown };
    try {
      body = await c.req.json();
    } catch {
      throw new AkanaError(400, usage);
    }
    const { uploadDelayMs: ms, maxUploadBytes: bytes, readRequestCsrf: readCsrf } = body;
    if (ms === undefined && bytes === undefined && readCsrf === undefined)
      throw new AkanaError(400, usage);
    if (ms !== undefined && !inRange(ms, 0, 60_000))
      throw new AkanaError(400, 'uploadDelayMs must be a number from 0 to 60000', {
        field: 'uploadDelayMs',
      });
    if (bytes !== undefined && !(inRange(bytes, 1, 100 * 1024 * 1024) && Number.isInteger(bytes)))
      throw new AkanaError(400, 'maxUploadBytes must be a whole number from 1 to 104857600', {
        field: 'maxUploadBytes',
      });
    if (readCsrf !== undefined && typeof readCsrf !== 'boolean')
      throw new AkanaError(400, 'readRequestCsrf must be true or false', {
        field: 'readRequestCsrf',
      });
    if (ms !== undefined) options.uploadDelayMs = ms;
    if (bytes !== undefined) options.maxUploadBytes = bytes;
    if (readCsrf !== undefined) options.readRequestCsrf = readCsrf;
    return c.json({
      uploadDelayMs: options.uploadDelayMs,
      maxUploadBytes: options.maxUploadBytes,
      readRequestCsrf: options.readRequestCsrf ?? false,
    });
  });
}

function inRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}
