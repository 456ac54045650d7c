import { describe, expect, it } from 'vitest';
import { canDownload, probeTarget, retryDelay } from './downloadProbe.ts';

const APP = 'http://127.0.0.1:4483/';

const answer = (body: string, type: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': type } });

/** A fetch that answers from a table by URL; a URL missing from it fails as offline. */
const fakeFetch =
  (answers: Record<string, () => Response>, asked: string[] = []) =>
  (url: string, init: RequestInit) => {
    asked.push(`${url} ${init.cache} ${init.redirect}`);
    const a = answers[url];
    return a ? Promise.resolve(a()) : Promise.reject(new TypeError('Failed to fetch'));
  };

const page = () => answer('<title>Flowdesk</title><div id="root"></div>', 'text/html');

describe('probeTarget', () => {
  it('tries the file the browser or Vite names, when it is on the app’s origin', () => {
    expect(
      probeTarget(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4483/assets/DefinitionsPage-a1.js',
        ),
        APP,
      ),
    ).toEqual({ url: 'http://127.0.0.1:4483/assets/DefinitionsPage-a1.js', kind: 'script' });
    expect(
      probeTarget(
        new Error('Unable to preload CSS for http://127.0.0.1:4483/assets/Skeleton-B4.css'),
        APP,
      ),
    ).toEqual({ url: 'http://127.0.0.1:4483/assets/Skeleton-B4.css', kind: 'style' });
  });

  it('tries the app’s page when no file is named (Safari) or it is on another origin', () => {
    expect(probeTarget(new TypeError('Importing a module script failed.'), APP)).toEqual({
      url: APP,
      kind: 'page',
    });
    expect(
      probeTarget(
        new TypeError('Failed to fetch dynamically imported module: https://cdn.example/a.js'),
        APP,
      ),
    ).toEqual({ url: APP, kind: 'page' });
  });
});

describe('canDownload', () => {
  const js = `${APP}assets/Page-1.js`;
  const script = { url: js, kind: 'script' } as const;

  it('is true once the failed file downloads, asked past the cache and without redirects', async () => {
    const asked: string[] = [];
    const ok = await canDownload(
      script,
      APP,
      fakeFetch({ [js]: () => answer('export {}', 'text/javascript') }, asked),
    );
    expect(ok).toBe(true);
    expect(asked).toEqual([`${js} no-store manual`]);
  });

  it('is false while requests do not get through', async () => {
    expect(await canDownload(script, APP, fakeFetch({}))).toBe(false);
    expect(await canDownload({ url: APP, kind: 'page' }, APP, fakeFetch({}))).toBe(false);
  });

  it('is false when a captive portal answers in the file’s place', async () => {
    const portal = () => answer('<h1>Sign in to Café Wi-Fi</h1>', 'text/html');
    expect(await canDownload(script, APP, fakeFetch({ [js]: portal, [APP]: portal }))).toBe(false);
    const redirect = () => Response.error();
    expect(await canDownload(script, APP, fakeFetch({ [js]: redirect, [APP]: redirect }))).toBe(
      false,
    );
  });

  it('is true when the file is gone from a server that answers (a new version): the page loads', async () => {
    const gone = () => answer('Not found', 'text/plain', 404);
    expect(await canDownload(script, APP, fakeFetch({ [js]: gone, [APP]: page }))).toBe(true);
  });

  it('checks the page itself when that is what it tries', async () => {
    expect(await canDownload({ url: APP, kind: 'page' }, APP, fakeFetch({ [APP]: page }))).toBe(
      true,
    );
  });
});

describe('retryDelay', () => {
  it('waits 1 s, doubling, at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});
