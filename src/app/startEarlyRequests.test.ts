import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discardEarlyRequests } from '../api/http/earlyRequests.ts';
import { defaultConnection, type Connection } from '../api/session/connection.ts';
import { connectionStore } from '../api/session/connectionStore.ts';
import { targetsKeys } from '../api/targets/keys.ts';
import { prefetchTargetGroup } from '../features/targets/prefetchTargetGroup.ts';
import { startEarlyRequests } from './startEarlyRequests.ts';

const group = { TargetGroupId: 7, Year: 2031, EntityType: 'Sale', PeriodType: 'Month' };
const planner: Connection = { ...defaultConnection(), userName: 'planner', password: 'planner' };

function stubFetch(status = 200, body: unknown = group) {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A page load: the start script first, then the app's own early start. */
function load(url: string, qc = new QueryClient()) {
  startEarlyRequests(new URL(url));
  prefetchTargetGroup(qc, new URL(url));
  return qc;
}

describe('startEarlyRequests', () => {
  afterEach(() => {
    discardEarlyRequests();
    vi.unstubAllGlobals();
    connectionStore.set(null);
  });

  it('sends the targets group request before the app, which takes it over (one request)', async () => {
    connectionStore.set(planner);
    const fetch = stubFetch();
    const qc = load('http://x/targets?year=2031');
    await vi.waitFor(() =>
      expect(qc.getQueryData(targetsKeys.groupForYear(2031, 'Sale'))).toMatchObject(group),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/Agents/Targets/GetTargetGroupForYear');
    expect(init?.body).toBe(JSON.stringify({ TargetYear: 2031, EntityType: 'Sale' }));
    expect(new Headers(init?.headers).get('Authorization')).toBe(
      `Basic ${btoa('planner:planner')}`,
    );
  });

  it('asks for the target type in the URL', async () => {
    connectionStore.set(planner);
    const fetch = stubFetch();
    const qc = load('http://x/targets/?year=2030&type=3');
    await vi.waitFor(() =>
      expect(qc.getQueryData(targetsKeys.groupForYearAndDimension(2030, 3))).toBeDefined(),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/Agents/Targets/GetTargetGroupForYearAndDimension');
  });

  it('hands over a failure as the app would have met it (404: no group yet)', async () => {
    connectionStore.set(planner);
    stubFetch(404, { Error: true, ErrorMessage: 'no group' });
    const qc = load('http://x/targets?year=2031');
    await vi.waitFor(() =>
      expect(qc.getQueryState(targetsKeys.groupForYear(2031, 'Sale'))?.status).toBe('success'),
    );
    expect(qc.getQueryData(targetsKeys.groupForYear(2031, 'Sale'))).toBeNull();
  });

  it('is not used for another call: the app then sends its own request', async () => {
    connectionStore.set(planner);
    const fetch = stubFetch();
    startEarlyRequests(new URL('http://x/targets?year=2031'));
    // Signed in again as someone else before the app loaded: other headers, another call.
    connectionStore.set({ ...planner, userName: 'viewer', password: 'viewer' });
    const qc = new QueryClient();
    prefetchTargetGroup(qc, new URL('http://x/targets?year=2031'));
    await vi.waitFor(() =>
      expect(qc.getQueryData(targetsKeys.groupForYear(2031, 'Sale'))).toMatchObject(group),
    );
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(new Headers(fetch.mock.calls[1][1]?.headers).get('Authorization')).toBe(
      `Basic ${btoa('viewer:viewer')}`,
    );
    expect(window.__flowdeskEarlyRequests).toHaveLength(1);
    discardEarlyRequests();
    expect(window.__flowdeskEarlyRequests).toBeUndefined();
  });

  it('sends nothing when nobody is signed in, or for pages without large data', () => {
    const fetch = stubFetch();
    startEarlyRequests(new URL('http://x/targets?year=2031'));
    connectionStore.set(planner);
    startEarlyRequests(new URL('http://x/workflows'));
    sessionStorage.setItem('flowdesk.connection', '{not json');
    startEarlyRequests(new URL('http://x/targets'));
    expect(fetch).not.toHaveBeenCalled();
  });
});
