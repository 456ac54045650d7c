/**
 * Where Flowdesk is served: at the site root, or under a path (https://crm.example.test/flowdesk/,
 * a build with FLOWDESK_BASE). `baseUrl` is the build's base, import.meta.env.BASE_URL. No imports:
 * the start script inlined in index.html uses this too.
 */

/** The base without its trailing slash: '' at the site root, '/flowdesk' under /flowdesk/. */
export function basePath(baseUrl: string): string {
  // A relative base ('./') or a URL (a CDN) says where the files are, not where the pages are.
  return baseUrl.startsWith('/') ? baseUrl.replace(/\/+$/, '') : '';
}

/**
 * The app's route for a path the browser shows: '/flowdesk/targets' under '/flowdesk/' is
 * '/targets', without a trailing slash ('/' for the app's start page). A path outside the base
 * is returned as it is.
 */
export function routeOf(pathname: string, baseUrl: string): string {
  const base = basePath(baseUrl);
  const inside =
    base && (pathname === base || pathname.startsWith(`${base}/`))
      ? pathname.slice(base.length)
      : pathname;
  return inside.replace(/\/+$/, '') || '/';
}

/**
 * Where the API's paths start: the connection's base URL, or, for the same origin ('': the
 * sandbox, or the `--upstream` proxy, which serve the app too), the app's own base, so a build
 * served under /flowdesk/ calls /flowdesk/api/v1/….
 */
export function apiRoot(connectionBaseUrl: string, baseUrl: string): string {
  return (connectionBaseUrl || basePath(baseUrl)).replace(/\/+$/, '');
}
