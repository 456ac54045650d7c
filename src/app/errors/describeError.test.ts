import { describe, expect, it } from 'vitest';
import { describeError } from './describeError.ts';

describe('describeError', () => {
  it("names a page whose code or styles did not download (Vite's CSS preload too), and offers a reload", () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/Page-1.js',
      'Unable to preload CSS for http://127.0.0.1:4511/assets/Skeleton-B4bVGmHP.css',
      'Importing a module script failed.',
    ]) {
      const d = describeError(new Error(message), 'online');
      expect(d.title).toBe('This part of Flowdesk could not be loaded');
      expect(d.message).toBe(
        'Flowdesk may have been updated, or the connection dropped. Reload to get the latest version.',
      );
      expect(d.needsReload).toBe(true);
    }
  });

  it('says so when the browser is offline, and that the page loads by itself once back online', () => {
    const d = describeError(
      new Error('Unable to preload CSS for http://x/assets/a.css'),
      'offline',
    );
    expect(d.message).toBe(
      'You are offline, so this page could not be downloaded. It loads by itself once the connection is back.',
    );
    expect(d.needsReload).toBe(true);
  });

  it('back online after failing offline, it loads again rather than blaming an update', () => {
    const d = describeError(
      new Error('Failed to fetch dynamically imported module: x'),
      'back online',
    );
    expect(d.message).toBe('The connection is back. Loading the page again…');
    expect(d.needsReload).toBe(true);
  });

  it('while Flowdesk cannot be reached yet back online, says so and that the page still loads by itself', () => {
    const d = describeError(
      new Error('Failed to fetch dynamically imported module: x'),
      'not reachable yet',
    );
    expect(d.message).toBe(
      'The connection is back, but Flowdesk cannot be reached yet: the network may still be connecting, or may want you to sign in to it first. The page loads by itself as soon as Flowdesk can be reached.',
    );
    expect(d.needsReload).toBe(true);
  });

  it('takes a request the page made that failed ("Failed to fetch") for what it is, not a download of the page', () => {
    const d = describeError(new TypeError('Failed to fetch'), 'online');
    expect(d).toEqual({
      title: 'Something went wrong on this page',
      message: 'Failed to fetch',
      needsReload: false,
    });
  });

  it('shows other errors as they are', () => {
    const d = describeError(new Error('x is undefined'), 'online');
    expect(d).toEqual({
      title: 'Something went wrong on this page',
      message: 'x is undefined',
      needsReload: false,
    });
  });
});
