import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { pageFiles, preloadRouteChunks, preloadScript } from './preloadRouteChunks.ts';

const chunk = (
  fileName: string,
  extra: { imports?: string[]; isEntry?: boolean; modules?: string[]; css?: string[] } = {},
) =>
  ({
    type: 'chunk',
    fileName,
    imports: extra.imports ?? [],
    isEntry: extra.isEntry ?? false,
    moduleIds: extra.modules ?? [],
    viteMetadata: { importedCss: new Set(extra.css ?? []), importedAssets: new Set() },
  }) as unknown as Rolldown.OutputChunk;

const bundleOf = (...chunks: Rolldown.OutputChunk[]) =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c])) as Rolldown.OutputBundle;

describe('pageFiles', () => {
  const bundle = bundleOf(
    chunk('assets/index.js', { isEntry: true, imports: ['assets/react.js'] }),
    chunk('assets/react.js'),
    chunk('assets/Page.js', {
      modules: ['/repo/src/features/x/Page.tsx', '/repo/src/features/x/Page.module.css'],
      imports: ['assets/react.js', 'assets/grid.js'],
      css: ['assets/Page.css'],
    }),
    chunk('assets/grid.js', { imports: ['assets/rows.js'], css: ['assets/grid.css'] }),
    chunk('assets/rows.js'),
    chunk('assets/Other.js', { modules: ['/repo/src/features/y/Other.tsx'] }),
  );

  it('lists the page chunk, what it imports statically (transitively) and their CSS, not what the entry loads', () => {
    expect(pageFiles(bundle, 'src/features/x/Page.tsx', '/')).toEqual([
      '/assets/Page.js',
      '/assets/Page.css',
      '/assets/grid.js',
      '/assets/grid.css',
      '/assets/rows.js',
    ]);
  });

  it('puts the base in front of each file', () => {
    expect(pageFiles(bundle, 'src/features/y/Other.tsx', '/app/')).toEqual([
      '/app/assets/Other.js',
    ]);
  });

  it('fails the build when the page is in no chunk (renamed, say), rather than preload nothing', () => {
    expect(() => pageFiles(bundle, 'src/features/z/Gone.tsx', '/')).toThrow(
      'no chunk for src/features/z/Gone.tsx',
    );
  });
});

/** Runs an inline script at `pathname`; the links it added to the head. */
function linksOf(script: string, pathname: string) {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (l: Record<string, string>) => added.push(l) },
  };
  new Function('location', 'document', script)({ pathname }, document);
  return added;
}

describe('preloadScript', () => {
  const linksAt = (pathname: string, routes: Record<string, string[]>) =>
    linksOf(preloadScript(routes), pathname);

  const routes = { '/targets': ['/assets/Page.js', '/assets/Page.css'] };

  it('on the page’s path, modulepreloads its JS and preloads its CSS, with Vite’s CORS mode', () => {
    expect(linksAt('/targets', routes)).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Page.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/assets/Page.css' },
    ]);
    expect(linksAt('/targets/', routes)).toHaveLength(2);
  });

  it('on any other path, adds nothing', () => {
    expect(linksAt('/workflows', routes)).toEqual([]);
    expect(linksAt('/', routes)).toEqual([]);
  });
});

describe('preloadRouteChunks (the plugin)', () => {
  /** The script the plugin puts into index.html of a build whose resolved base is `base`. */
  function builtScript(base: string) {
    const plugin = preloadRouteChunks({ '/targets': 'src/features/x/Page.tsx' });
    const hooks = plugin as unknown as {
      configResolved(config: { base: string }): void;
      transformIndexHtml: {
        handler(html: string, ctx: { bundle: Rolldown.OutputBundle }): { children: string }[];
      };
    };
    hooks.configResolved({ base });
    const bundle = bundleOf(
      chunk('assets/index.js', { isEntry: true }),
      chunk('assets/Page.js', { modules: ['/repo/src/features/x/Page.tsx'] }),
    );
    return hooks.transformIndexHtml.handler('', { bundle })[0].children;
  }

  it('served under a base, preloads on the page’s path under that base', () => {
    const script = builtScript('/flowdesk/');
    expect(linksOf(script, '/flowdesk/targets')).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/flowdesk/assets/Page.js' },
    ]);
    expect(linksOf(script, '/targets')).toEqual([]);
  });

  it('served from the root, preloads on the page’s own path', () => {
    expect(linksOf(builtScript('/'), '/targets')).toHaveLength(1);
  });
});
