/**
 * The path a request is for, with the app's base taken off: a build for '/flowdesk/' is served
 * under /flowdesk/ (its files, pages and the API the app calls there), and also at the root for a
 * reverse proxy that takes the prefix off itself before passing a request on. Null when nothing
 * needs changing.
 */
export function pathUnderBase(pathname: string, base: string): string | null {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return null;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : null;
}
