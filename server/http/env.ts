import type { SandboxDatabase } from '../db/database.ts';
import type { DemoUser } from '../auth/users.ts';
import type { SessionStore } from '../auth/sessions.ts';

/** Settings of one sandbox instance (tests start several with different values). */
export interface SandboxOptions {
  /** Largest accepted definition upload, in bytes (default 5 MB). */
  maxUploadBytes: number;
  /** Artificial delay spread over reading an upload, so progress and cancel can be seen. */
  uploadDelayMs: number;
  /** The Akana tenant id that suffixes the cookie and CSRF header names. */
  fedMemberId: string;
  /**
   * The platform's site setting "CSRF Support for Read Requests" (contract §10.2): reads need the
   * `X-Csrf-Token_{fm}` header too. Off by default, as on the platform.
   */
  readRequestCsrf?: boolean;
  /**
   * Sandbox only (POST /api/sandbox/targets/restricted-rows): target rows of these people are
   * read-only, with `reason`, for everyone but a targets administrator, as a tenant's rights may
   * make a row (say, of another user group) visible but not changeable.
   */
  restrictedTargetRows?: { associates: readonly string[]; reason: string };
}

export interface Services {
  db: SandboxDatabase;
  sessions: SessionStore;
  options: SandboxOptions;
}

export type AppEnv = {
  Variables: {
    services: Services;
    user: DemoUser;
    /** The caller's language (SO-Language, else Accept-Language), or null for raw resource ids. */
    language: string | null;
  };
};
