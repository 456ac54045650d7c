import path from 'node:path';
import type { SandboxOptions } from './http/env.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dbFile: string;
  upstream: string | null;
  options: SandboxOptions;
}

const upstreamExample = 'https://online.superoffice.com/Cust12345';

/** A whole number from an environment variable; unset or empty gives the default. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number) {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, got "${env[name]}".`);
  }
  return value;
}

/**
 * Reads PORT, HOST, FLOWDESK_DB, FLOWDESK_UPLOAD_DELAY_MS, FLOWDESK_MAX_UPLOAD_BYTES and
 * `--upstream URL`. Anything it cannot use stops the server with a message, rather than starting
 * something else than was asked for (the sandbox when a tenant was meant, say).
 */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  let upstream: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--upstream') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new Error(`--upstream needs the tenant's URL: --upstream ${upstreamExample}`);
      }
      upstream = next;
      i++;
    } else if (a.startsWith('--upstream=')) upstream = a.slice('--upstream='.length);
    else if (/^https?:\/\//i.test(a)) {
      // `npm start --upstream URL` (without the `--` before it) gives npm the option, us the URL.
      throw new Error(
        `Got the URL "${a}" without --upstream before it. npm passes options on only after ` +
          `"--": npm start -- --upstream ${a}`,
      );
    } else {
      throw new Error(
        `Unknown argument "${a}". The one option is --upstream URL, e.g. ` +
          `npm start -- --upstream ${upstreamExample}`,
      );
    }
  }
  if (upstream !== null && !/^https?:\/\/.+/.test(upstream)) {
    throw new Error(`--upstream needs a URL like ${upstreamExample}, got "${upstream}"`);
  }
  return {
    port: wholeNumber(env, 'PORT', 4173, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dbFile: path.resolve(env.FLOWDESK_DB?.trim() || 'data/flowdesk.sqlite'),
    upstream,
    options: {
      maxUploadBytes: wholeNumber(
        env,
        'FLOWDESK_MAX_UPLOAD_BYTES',
        5 * 1024 * 1024,
        Number.MAX_SAFE_INTEGER,
      ),
      uploadDelayMs: wholeNumber(env, 'FLOWDESK_UPLOAD_DELAY_MS', 0, Number.MAX_SAFE_INTEGER),
      fedMemberId: env.FLOWDESK_FEDMEMBER_ID ?? 'flowdesk',
    },
  };
}
