import { describe, expect, it } from 'vitest';
import { pathUnderBase } from './underBase.ts';

describe('pathUnderBase', () => {
  it('takes the base off a path under it', () => {
    expect(pathUnderBase('/flowdesk/assets/index-abc.js', '/flowdesk/')).toBe(
      '/assets/index-abc.js',
    );
    expect(pathUnderBase('/flowdesk/api/v1/User/currentPrincipal', '/flowdesk/')).toBe(
      '/api/v1/User/currentPrincipal',
    );
    expect(pathUnderBase('/flowdesk/', '/flowdesk/')).toBe('/');
    expect(pathUnderBase('/flowdesk', '/flowdesk/')).toBe('/');
  });

  it('leaves other paths, and every path at the site root, as they are', () => {
    expect(pathUnderBase('/assets/index-abc.js', '/flowdesk/')).toBeNull();
    expect(pathUnderBase('/flowdeskx/a', '/flowdesk/')).toBeNull();
    expect(pathUnderBase('/flowdesk/targets', '/')).toBeNull();
  });
});
