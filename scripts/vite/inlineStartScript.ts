import { build } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Bundles `entry` (no imports left, minified) and inlines it as a classic script at the top of
 * index.html, so it runs while the browser is still fetching the app's modules: a module entry
 * would only run once all the app's code had downloaded.
 */
export function inlineStartScript(entry: string): Plugin {
  let base = '/';
  const bundle = async () => {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      target: 'es2022',
      platform: 'browser',
      logLevel: 'silent',
      // The app's base, as Vite gives it to the app's own modules (the script finds its page and
      // the API under it).
      define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    });
    return out.outputFiles[0].text.trim();
  };
  return {
    name: 'flowdesk:inline-start-script',
    configResolved(config) {
      base = config.base;
    },
    async transformIndexHtml() {
      return [{ tag: 'script', children: await bundle(), injectTo: 'head-prepend' }];
    },
  };
}
