import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:4173 and data/flowdesk.sqlite', () => {
    const c = readConfig([], {});
    expect([c.host, c.port, c.dbFile, c.upstream]).toEqual([
      '127.0.0.1',
      4173,
      path.resolve('data/flowdesk.sqlite'),
      null,
    ]);
    // Empty reads as unset, as in `PORT= npm start`.
    expect(readConfig([], { PORT: '', FLOWDESK_DB: ' ' }).port).toBe(4173);
  });

  it('reads PORT and FLOWDESK_DB', () => {
    const c = readConfig([], { PORT: '5000', FLOWDESK_DB: '/tmp/x.sqlite' });
    expect([c.port, c.dbFile]).toEqual([5000, '/tmp/x.sqlite']);
  });

  it('refuses a PORT or size that is not a whole number, naming the variable', () => {
    expect(() => readConfig([], { PORT: 'abc' })).toThrow(
      'PORT must be a whole number from 0 to 65535, got "abc".',
    );
    expect(() => readConfig([], { PORT: '70000' })).toThrow(/PORT must be/);
    expect(() => readConfig([], { FLOWDESK_MAX_UPLOAD_BYTES: '5MB' })).toThrow(
      /FLOWDESK_MAX_UPLOAD_BYTES must be a whole number/,
    );
  });

  it('reads --upstream URL and --upstream=URL', () => {
    const url = 'https://online.superoffice.com/Cust12345';
    expect(readConfig(['--upstream', url], {}).upstream).toBe(url);
    expect(readConfig([`--upstream=${url}`], {}).upstream).toBe(url);
  });

  it('stops on --upstream without a URL, rather than serving the sandbox', () => {
    expect(() => readConfig(['--upstream'], {})).toThrow(
      "--upstream needs the tenant's URL: --upstream https://online.superoffice.com/Cust12345",
    );
    expect(() => readConfig(['--upstream', '--other'], {})).toThrow(/needs the tenant's URL/);
  });

  it('stops on a URL given without --upstream (`npm start --upstream URL` hands npm the option)', () => {
    expect(() => readConfig(['https://online.superoffice.com/Cust1'], {})).toThrow(
      'Got the URL "https://online.superoffice.com/Cust1" without --upstream before it. npm ' +
        'passes options on only after "--": npm start -- --upstream https://online.superoffice.com/Cust1',
    );
  });

  it('stops on an argument it does not know', () => {
    expect(() => readConfig(['--upstrem', 'https://x.example/C1'], {})).toThrow(
      /^Unknown argument "--upstrem"/,
    );
  });
});
