import { Hono } from 'hono';
import type { SandboxDatabase } from '../db/database.ts';
import type { AppEnv } from '../http/env.ts';
import { AkanaError, akanaErrorResponse } from './akanaErrors.ts';
import { mountAkanaLogin } from './akanaAuth.ts';
import { mountDefinitionsRoutes } from './definitionsRoutes.ts';
import { definitionSchema } from './definitionStore.ts';
import { seedDefinitions } from './seedDefinitions.ts';
import { mountSandboxSettings } from './sandboxSettings.ts';

/** Tables of the Akana definitions API. */
export const akanaSchema = definitionSchema;

/** Demo definitions (runs once, on a new database). */
export function seedAkana(db: SandboxDatabase): void {
  seedDefinitions(db);
}

/**
 * Mounts /api/login, /api/logout, /api/workflow/definitions (and the sandbox's
 * /api/workflow/objecttypes and /api/sandbox/settings). Akana failures answer `{ code, message }`.
 */
export function mountAkana(app: Hono<AppEnv>): void {
  const akana = new Hono<AppEnv>();
  akana.onError((err, c) => {
    if (err instanceof AkanaError) return akanaErrorResponse(c, err);
    console.error(err);
    return c.json({ code: 500, message: err instanceof Error ? err.message : String(err) }, 500);
  });
  mountAkanaLogin(akana);
  mountDefinitionsRoutes(akana);
  mountSandboxSettings(akana);
  app.route('/', akana);
}
