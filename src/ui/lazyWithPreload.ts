import { lazy, type ComponentType } from 'react';

/**
 * React.lazy with a `preload()`: the component's code stays out of the first download but can
 * be fetched ahead of use, so opening it later does not wait and works offline.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loading: Promise<{ default: T }> | null = null;
  const preload = () => {
    loading ??= load().catch((e: unknown): never => {
      loading = null; // a failed fetch (offline) is tried again on the next use
      throw e;
    });
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}

const IDLE_DELAY_MS = 2000;

/**
 * Preloads once the page has settled (a couple of seconds, then an idle moment), so it never
 * competes with showing the page. Returns a cancel function for effects.
 */
export function preloadWhenIdle(...preloads: (() => Promise<unknown>)[]): () => void {
  let idleId: number | undefined;
  const run = () => preloads.forEach((p) => void p().catch(() => {}));
  const timer = setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      idleId = window.requestIdleCallback(run, { timeout: IDLE_DELAY_MS });
    else run();
  }, IDLE_DELAY_MS);
  return () => {
    clearTimeout(timer);
    if (idleId !== undefined) window.cancelIdleCallback(idleId);
  };
}
