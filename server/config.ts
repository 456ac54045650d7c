import path from 'node:path';
import type { SandboxOptions } from './http/env.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dbFile: string;
  upstream: string | null;
  options: SandboxOptions;
}

/** Reads PORT, HOST, FLOWDESK_DB, FLOWDESK_UPLOAD_DELAY_MS, FLOWDESK_MAX_UPLOAD_BYTES and `--upstream URL`. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  let upstream: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--upstream') upstream = argv[++i] ?? null;
    else if (a.startsWith('--upstream=')) upstream = a.slice('--upstream='.length);
  }
  if (upstream !== null && !/^https?:\/\/.+/.test(upstream)) {
    throw new Error(
      `--upstream needs a URL like https://online.superoffice.com/Cust12345, got "${upstream}"`,
    );
  }
  return {
    port: Number(env.PORT ?? 4173),
    host: env.HOST ?? '127.0.0.1',
    dbFile: path.resolve(env.FLOWDESK_DB ?? 'data/flowdesk.sqlite'),
    upstream,
    options: {
      maxUploadBytes: Number(env.FLOWDESK_MAX_UPLOAD_BYTES ?? 5 * 1024 * 1024),
      uploadDelayMs: Number(env.FLOWDESK_UPLOAD_DELAY_MS ?? 0),
      fedMemberId: env.FLOWDESK_FEDMEMBER_ID ?? 'flowdesk',
    },
  };
}
