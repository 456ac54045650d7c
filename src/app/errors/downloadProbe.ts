/**
 * Whether Flowdesk's files download again, asked before a page that failed to download is
 * reloaded. The browser's `online` event comes as soon as a network is joined, often before
 * requests get through (Wi-Fi still connecting, a captive portal, a VPN coming up); a reload then
 * lands on the browser's offline page and Flowdesk is gone from the tab.
 */

/** What to download: the file that failed (when the error names it), or the app's page. */
export interface ProbeTarget {
  url: string;
  kind: 'script' | 'style' | 'page';
}

/** The file a failed page download names (Chrome, Firefox and Vite's CSS preload name it). */
const namedFile = /(https?:\/\/[^\s'"]+?\.(js|mjs|css))(?:[?#][^\s'"]*)?(?=$|[\s'"])/i;

/**
 * The file to try: the one that failed, when the error names it on Flowdesk's own origin (another
 * origin may refuse a script's request), else the app's page (`appUrl`, its index.html).
 */
export function probeTarget(error: unknown, appUrl: string): ProbeTarget {
  const message = error instanceof Error ? error.message : String(error);
  const match = namedFile.exec(message);
  if (match && new URL(match[1]!).origin === new URL(appUrl).origin)
    return { url: match[1]!, kind: /css$/i.test(match[2]!) ? 'style' : 'script' };
  return { url: appUrl, kind: 'page' };
}

const expectedType: Record<ProbeTarget['kind'], RegExp> = {
  script: /javascript|ecmascript/i,
  style: /css/i,
  page: /html/i,
};

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** One download, never from the cache; a redirect (a captive portal's sign-in) is no answer. */
async function download(url: string, fetchFn: Fetch): Promise<Response | null> {
  try {
    return await fetchFn(url, { cache: 'no-store', redirect: 'manual' });
  } catch {
    return null;
  }
}

/** The answer is the file asked for, not a portal's or proxy's page in its place. */
async function isExpected(res: Response | null, kind: ProbeTarget['kind']) {
  if (!res?.ok || !expectedType[kind].test(res.headers.get('content-type') ?? '')) return false;
  // Flowdesk's own page, not some other site's answer for every address.
  return kind !== 'page' || (await res.text()).includes('Flowdesk');
}

/**
 * True once a reload will find Flowdesk: the failed file downloads, or, when the server answers
 * for it without it (a new version was deployed meanwhile), the app's page does.
 */
export async function canDownload(
  target: ProbeTarget,
  appUrl: string,
  fetchFn: Fetch = (url, init) => fetch(url, init),
): Promise<boolean> {
  const res = await download(target.url, fetchFn);
  if (await isExpected(res, target.kind)) return true;
  if (target.kind === 'page' || res === null) return false;
  return isExpected(await download(appUrl, fetchFn), 'page');
}

/** The wait before try `n` (1, 2, …) again: 1 s, doubling, at most 30 s. */
export const retryDelay = (n: number) => Math.min(1000 * 2 ** (n - 1), 30_000);
