import { describe, expect, it } from 'vitest';
import { appBase } from './appBase.ts';

describe('appBase', () => {
  it('is the site root when unset or empty', () => {
    expect(appBase(undefined)).toBe('/');
    expect(appBase('')).toBe('/');
    expect(appBase('/')).toBe('/');
  });

  it('has one leading and one trailing slash however it was written', () => {
    for (const v of ['flowdesk', '/flowdesk', '/flowdesk/', 'flowdesk/', '//flowdesk//'])
      expect(appBase(v)).toBe('/flowdesk/');
    expect(appBase('tools/flowdesk')).toBe('/tools/flowdesk/');
  });
});
