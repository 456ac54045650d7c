import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';

/**
 * React.lazy with a `preload()`: the component's code stays out of the first download but can
 * be fetched ahead of use. Once fetched it renders directly, without suspending: a dialog opened
 * from the keyboard is there at once, and keys typed into it are not lost meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loading: Promise<{ default: T }> | null = null;
  let loaded: T | null = null;
  const preload = () => {
    loading ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (e: unknown): never => {
        loading = null; // a failed fetch (offline) is tried again on the next use
        throw e;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  function Preloadable(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Preloadable, { preload, isLoaded: () => loaded !== null });
}

/**
 * Preloads once the page has settled (after `delayMs`, then an idle moment), so it never
 * competes with showing the page. Returns a cancel function for effects.
 */
export function preloadWhenIdle(
  preloads: readonly (() => Promise<unknown>)[],
  delayMs = 2000,
): () => void {
  let idleId: number | undefined;
  const run = () => preloads.forEach((p) => void p().catch(() => {}));
  const timer = setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      idleId = window.requestIdleCallback(run, { timeout: 2000 });
    else run();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idleId !== undefined) window.cancelIdleCallback(idleId);
  };
}
