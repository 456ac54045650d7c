/**
 * The path Flowdesk is served under, as Vite's `base` wants it (leading and trailing slash), from
 * FLOWDESK_BASE: unset or '' is the site root '/'; 'flowdesk', '/flowdesk' and '/flowdesk/' are
 * all '/flowdesk/'. Used by the build (vite.config.ts) and by the server that serves that build
 * (server/main.ts), so both agree.
 */
export function appBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter((p) => p !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}
