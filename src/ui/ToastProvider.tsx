import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { lazyWithPreload, preloadWhenIdle } from './lazyWithPreload.ts';
import { ToastContext, type ShowToast } from './toastContext.ts';
import { addToast, type QueuedToast } from './toastQueue.ts';

export type ToastItem = QueuedToast;

/** How long a closed toast stays in the list for its exit animation. */
const EXIT_MS = 300;

// Radix Toast and its region are not needed to show a page: fetched once the page has settled.
const ToastViewport = lazyWithPreload(() => import('./ToastViewport.tsx'));

/** Holds the toasts raised with useToast() and renders them (see ToastViewport). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const [shown, setShown] = useState(false);
  const nextId = useRef(1);
  useEffect(() => preloadWhenIdle([ToastViewport.preload]), []);

  // Drop closed toasts once their exit animation has run.
  useEffect(() => {
    const closing = items.filter((t) => !t.open).map((t) => t.id);
    if (closing.length === 0) return;
    const timer = setTimeout(
      () => setItems((list) => list.filter((t) => t.open || !closing.includes(t.id))),
      EXIT_MS,
    );
    return () => clearTimeout(timer);
  }, [items]);

  const close = useCallback((id: number) => {
    setItems((list) =>
      list.some((t) => t.id === id && t.open)
        ? list.map((t) => (t.id === id ? { ...t, open: false } : t))
        : list,
    );
  }, []);

  const toast = useCallback<ShowToast>(
    (options) => {
      const id = nextId.current++;
      setShown(true);
      // Five deletes in a row must not leave five toasts: the same title replaces the earlier
      // one, and only a few stay on screen (errors kept longest); see addToast.
      setItems((list) => addToast(list, { ...options, id, open: true }).list);
      return () => close(id);
    },
    [close],
  );

  return (
    <ToastContext.Provider value={toast}>
      {children}
      {shown && (
        <Suspense fallback={null}>
          <ToastViewport items={items} close={close} />
        </Suspense>
      )}
    </ToastContext.Provider>
  );
}
