import { describe, expect, it } from 'vitest';
import { onAppOrigin } from './platformOrigin.ts';

describe('onAppOrigin', () => {
  const app = 'http://127.0.0.1:4173/definitions';

  it('is true for the app’s own address, relative or absolute', () => {
    expect(onAppOrigin('/api/login', app)).toBe(true);
    expect(onAppOrigin('http://127.0.0.1:4173/api/login', app)).toBe(true);
  });

  // A tenant reached with CORS would be sent the platform sign-in, password and all.
  it('is false for a tenant on another origin', () => {
    expect(onAppOrigin('https://tenant.example.test/Cust12345/api/login', app)).toBe(false);
    expect(onAppOrigin('http://127.0.0.1:9999/api/login', app)).toBe(false);
  });
});
