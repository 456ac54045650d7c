import { describe, expect, it } from 'vitest';
import { tenantDateTime } from './tenantDateTime.ts';

describe('tenantDateTime', () => {
  it('sends a stored instant as the tenant’s wall-clock time, without a zone', () => {
    expect(tenantDateTime('2026-01-15T09:00:00.000Z')).toBe('2026-01-15T09:00:00');
    expect(tenantDateTime('2026-12-31T23:59:59.999Z')).toBe('2026-12-31T23:59:59');
  });

  it('sends text that is no instant as it is', () => {
    expect(tenantDateTime('')).toBe('');
    expect(tenantDateTime('soon')).toBe('soon');
  });
});
