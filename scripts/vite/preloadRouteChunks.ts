import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** For each path, the module its lazy route loads (as the source file, from the project root). */
export type RoutePages = Record<string, string>;

/**
 * The files a lazily loaded page needs beyond what index.html already loads: its chunk, the
 * chunks it imports statically (transitively) and their CSS, by public URL. The entry's own
 * chunks are left out: Vite preloads those already.
 */
export function pageFiles(bundle: OutputBundle, page: string, base: string): string[] {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const reached = (start: OutputChunk[]) => {
    const seen = new Set<string>();
    const walk = (c: OutputChunk) => {
      if (seen.has(c.fileName)) return;
      seen.add(c.fileName);
      for (const f of c.imports) {
        const next = byFile.get(f);
        if (next) walk(next);
      }
    };
    start.forEach(walk);
    return seen;
  };
  const normalised = page.replace(/\\/g, '/');
  const pageChunk = chunks.find((c) =>
    c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(normalised)),
  );
  if (!pageChunk) throw new Error(`preloadRouteChunks: no chunk for ${page}`);
  const loaded = reached(chunks.filter((c) => c.isEntry));
  const files: string[] = [];
  for (const file of reached([pageChunk])) {
    if (loaded.has(file)) continue;
    const chunk = byFile.get(file);
    files.push(file, ...(chunk?.viteMetadata?.importedCss ?? []));
  }
  return [...new Set(files)].map((f) => base + f);
}

/**
 * The path the browser shows for the app's `route` when the build is served under Vite's `base`:
 * '/targets' under '/flowdesk/' is '/flowdesk/targets'. A relative base ('./') or a URL (a CDN)
 * says where the files are, not where the pages are, so the route stays as it is.
 */
function routeUnderBase(route: string, base: string): string {
  return base.startsWith('/') ? base.replace(/\/+$/, '') + route : route;
}

/**
 * The inline script: on one of `routes`' paths, asks at once for the files of its page. Same
 * CORS mode as Vite's own links (crossorigin), or the browser would fetch each file again.
 */
export function preloadScript(routes: Record<string, string[]>): string {
  return `(function(r){var p=location.pathname.replace(/\\/+$/,"")||"/";(r[p]||[]).forEach(function(h){var l=document.createElement("link");if(/\\.css$/.test(h)){l.rel="preload";l.as="style"}else l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.appendChild(l)})})(${JSON.stringify(routes)})`;
}

/**
 * A page loaded lazily is only asked for once the app's entry has downloaded and run, which on a
 * large page (the targets grid) puts its code last in line, after its data. This inlines a small
 * script into index.html that, on the page's own path, preloads the page's chunks and CSS
 * together with the entry, so all of it arrives in one round. Build only; other paths load as
 * before.
 */
export function preloadRouteChunks(pages: RoutePages): Plugin {
  let base = '/';
  return {
    name: 'flowdesk:preload-route-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const routes = Object.fromEntries(
          Object.entries(pages).map(([route, page]) => [
            routeUnderBase(route, base),
            pageFiles(ctx.bundle!, page, base),
          ]),
        );
        return [{ tag: 'script', children: preloadScript(routes), injectTo: 'head' }];
      },
    },
  };
}
