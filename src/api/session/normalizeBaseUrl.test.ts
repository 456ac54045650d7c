import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl } from './normalizeBaseUrl.ts';

describe('normalizeBaseUrl', () => {
  it('drops surrounding spaces and trailing slashes', () => {
    expect(normalizeBaseUrl('  https://online.superoffice.com/Cust12345/ ')).toBe(
      'https://online.superoffice.com/Cust12345',
    );
  });

  it('drops a trailing /api/v1, with or without a slash, in any case', () => {
    expect(normalizeBaseUrl('https://sod.superoffice.com/Cust1/api/v1')).toBe(
      'https://sod.superoffice.com/Cust1',
    );
    expect(normalizeBaseUrl('https://sod.superoffice.com/Cust1/API/V1//')).toBe(
      'https://sod.superoffice.com/Cust1',
    );
    expect(normalizeBaseUrl('http://127.0.0.1:4173/api/v1/')).toBe('http://127.0.0.1:4173');
  });

  it('keeps /api/v1 that is not at the end, and empty stays empty', () => {
    expect(normalizeBaseUrl('https://host/api/v1/tenant')).toBe('https://host/api/v1/tenant');
    expect(normalizeBaseUrl('')).toBe('');
  });
});
