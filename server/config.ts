import path from 'node:path';
import type { SandboxOptions } from './http/env.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dbFile: string;
  upstream: string | null;
  /** An Akana API platform that `/api/workflow`, `/api/login` and `/api/logout` go to. */
  platform: string | null;
  options: SandboxOptions;
}

const upstreamExample = 'https://online.superoffice.com/Cust12345';
const platformExample = 'https://api.example.com';

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

/** The URL options: what each proxies to, and an example of its value. */
const urlOptions = {
  '--upstream': { what: "the tenant's URL", example: upstreamExample },
  '--platform': { what: "the Akana API platform's URL", example: platformExample },
} as const;
type UrlOption = keyof typeof urlOptions;
const isUrlOption = (a: string): a is UrlOption => Object.hasOwn(urlOptions, a);

/**
 * Reads PORT, HOST, FLOWDESK_DB, FLOWDESK_UPLOAD_DELAY_MS, FLOWDESK_MAX_UPLOAD_BYTES,
 * `--upstream URL` and `--platform URL`. Anything it cannot use stops the server with a message,
 * rather than starting something else than was asked for (the sandbox when a tenant was meant, say).
 */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const urls: Record<UrlOption, string | null> = { '--upstream': null, '--platform': null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, null];
    if (isUrlOption(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        const { what, example } = urlOptions[name];
        throw new Error(`${name} needs ${what}: ${name} ${example}`);
      }
      urls[name] = value;
      if (inline === null) i++;
    } else if (/^https?:\/\//i.test(a)) {
      // `npm start --upstream URL` (without the `--` before it) gives npm the option, us the URL.
      throw new Error(
        `Got the URL "${a}" without --upstream before it. npm passes options on only after ` +
          `"--": npm start -- --upstream ${a}`,
      );
    } else {
      throw new Error(
        `Unknown argument "${a}". The options are --upstream URL (a SuperOffice tenant) and ` +
          `--platform URL (an Akana API platform), e.g. npm start -- --upstream ${upstreamExample}`,
      );
    }
  }
  for (const name of Object.keys(urlOptions) as UrlOption[]) {
    const value = urls[name];
    if (value !== null && !/^https?:\/\/.+/.test(value)) {
      throw new Error(`${name} needs a URL like ${urlOptions[name].example}, got "${value}"`);
    }
  }
  const upstream = urls['--upstream'];
  const platform = urls['--platform'];
  return {
    port: wholeNumber(env, 'PORT', 4173, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dbFile: path.resolve(env.FLOWDESK_DB?.trim() || 'data/flowdesk.sqlite'),
    upstream,
    platform,
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
