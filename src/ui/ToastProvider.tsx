import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { lazyWithPreload, preloadWhenIdle } from './lazyWithPreload.ts';
import { ToastContext, type ShowToast, type ToastOptions } from './toastContext.ts';

export interface ToastItem extends ToastOptions {
  id: number;
  open: boolean;
}

// Radix Toast and its region are not needed to show a page: fetched once the page has settled.
const ToastViewport = lazyWithPreload(() => import('./ToastViewport.tsx'));

/** Holds the toasts raised with useToast() and renders them (see ToastViewport). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const [shown, setShown] = useState(false);
  const nextId = useRef(1);
  useEffect(() => preloadWhenIdle([ToastViewport.preload]), []);

  const close = useCallback((id: number) => {
    setItems((list) => list.map((t) => (t.id === id ? { ...t, open: false } : t)));
    // Drop it once the exit animation has run.
    setTimeout(() => setItems((list) => list.filter((t) => t.id !== id)), 300);
  }, []);

  const toast = useCallback<ShowToast>(
    (options) => {
      const id = nextId.current++;
      setShown(true);
      setItems((list) => [...list.slice(-4), { ...options, id, open: true }]);
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
