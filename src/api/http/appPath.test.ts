import { describe, expect, it } from 'vitest';
import { apiRoot, basePath, routeOf } from './appPath.ts';

describe('basePath', () => {
  it('is empty at the site root, and the path without its trailing slash under one', () => {
    expect(basePath('/')).toBe('');
    expect(basePath('/flowdesk/')).toBe('/flowdesk');
    expect(basePath('./')).toBe('');
    expect(basePath('https://cdn.example.test/flowdesk/')).toBe('');
  });
});

describe('routeOf', () => {
  it('takes the base off the path the browser shows', () => {
    expect(routeOf('/flowdesk/targets', '/flowdesk/')).toBe('/targets');
    expect(routeOf('/flowdesk/targets/', '/flowdesk/')).toBe('/targets');
    expect(routeOf('/flowdesk/', '/flowdesk/')).toBe('/');
    expect(routeOf('/flowdesk', '/flowdesk/')).toBe('/');
  });

  it('leaves a path at the site root, or outside the base, as it is', () => {
    expect(routeOf('/targets', '/')).toBe('/targets');
    expect(routeOf('/', '/')).toBe('/');
    expect(routeOf('/flowdeskx/targets', '/flowdesk/')).toBe('/flowdeskx/targets');
  });
});

describe('apiRoot', () => {
  it('calls the same origin under the app’s base when no server is given', () => {
    expect(apiRoot('', '/flowdesk/')).toBe('/flowdesk');
    expect(apiRoot('', '/')).toBe('');
  });

  it('calls the server given, wherever the app is', () => {
    expect(apiRoot('https://tenant.example.test/Cust12345/', '/flowdesk/')).toBe(
      'https://tenant.example.test/Cust12345',
    );
  });
});
