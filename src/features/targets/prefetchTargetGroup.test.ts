import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { targetsKeys } from '../../api/targets/keys.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { defaultConnection } from '../../api/session/connection.ts';
import { prefetchTargetGroup } from './prefetchTargetGroup.ts';

const group = { TargetGroupId: 7, Year: 2031, EntityType: 'Sale', PeriodType: 'Month' };

function stubFetch() {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(group), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('prefetchTargetGroup', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    connectionStore.set(null);
  });

  it('starts the group request the URL asks for, into the cache the page reads', async () => {
    connectionStore.set({ ...defaultConnection(), userName: 'planner', password: 'planner' });
    const fetch = stubFetch();
    const qc = new QueryClient();
    prefetchTargetGroup(qc, new URL('http://x/targets?year=2031'));
    prefetchTargetGroup(qc, new URL('http://x/targets?year=2031')); // the route's loader: no second request
    await vi.waitFor(() =>
      expect(qc.getQueryData(targetsKeys.groupForYear(2031, 'Sale'))).toMatchObject(group),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0][0])).toContain('GetTargetGroupForYear');

    prefetchTargetGroup(qc, new URL('http://x/targets?year=2031&type=3'));
    await vi.waitFor(() =>
      expect(qc.getQueryData(targetsKeys.groupForYearAndDimension(2031, 3))).toBeDefined(),
    );
    expect(String(fetch.mock.calls[1][0])).toContain('GetTargetGroupForYearAndDimension');
  });

  it('does nothing when nobody is signed in (the sign-in redirect comes first)', () => {
    connectionStore.set(null);
    const fetch = stubFetch();
    prefetchTargetGroup(new QueryClient(), new URL('http://x/targets'));
    expect(fetch).not.toHaveBeenCalled();
  });
});
