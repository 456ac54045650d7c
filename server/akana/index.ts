import type { Hono } from 'hono';
import type { SandboxDatabase } from '../db/database.ts';
import type { AppEnv } from '../http/env.ts';

/** Tables of the Akana definitions API. */
export const akanaSchema = '';

/** Demo definitions (runs once, on a new database). */
export function seedAkana(_db: SandboxDatabase): void {}

/** Mounts /api/login and /api/workflow/definitions. */
export function mountAkana(_app: Hono<AppEnv>): void {}
