import * as RadixToast from '@radix-ui/react-toast';
import { CheckCircle2, Info, X, XCircle } from 'lucide-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { IconButton } from './IconButton.tsx';
import { cx } from './cx.ts';
import { ToastContext, type ShowToast, type ToastOptions } from './toastContext.ts';
import styles from './Toast.module.css';

interface ToastItem extends ToastOptions {
  id: number;
  open: boolean;
}

const icons = { success: CheckCircle2, error: XCircle, info: Info } as const;

/**
 * Renders toasts raised with useToast(). Errors are "foreground" (assertive), others
 * "background" (polite), so a failure interrupts the screen reader and a success does not.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const toast = useCallback<ShowToast>((options) => {
    const id = nextId.current++;
    setItems((list) => [...list.slice(-4), { ...options, id, open: true }]);
  }, []);

  const close = useCallback((id: number) => {
    setItems((list) => list.map((t) => (t.id === id ? { ...t, open: false } : t)));
    // Drop it once the exit animation has run.
    setTimeout(() => setItems((list) => list.filter((t) => t.id !== id)), 300);
  }, []);

  return (
    <ToastContext.Provider value={toast}>
      <RadixToast.Provider swipeDirection="right" label="Notifications">
        {children}
        {items.map((t) => {
          const tone = t.tone ?? 'info';
          const Icon = icons[tone];
          return (
            <RadixToast.Root
              key={t.id}
              open={t.open}
              onOpenChange={(open) => !open && close(t.id)}
              type={tone === 'error' ? 'foreground' : 'background'}
              duration={t.duration ?? (tone === 'error' ? 10_000 : 5_000)}
              className={cx(styles.toast, styles[tone])}
            >
              <span className={styles.icon} aria-hidden="true">
                <Icon />
              </span>
              <RadixToast.Title className={styles.title}>{t.title}</RadixToast.Title>
              {t.description && (
                <RadixToast.Description className={styles.description}>
                  {t.description}
                </RadixToast.Description>
              )}
              <RadixToast.Close asChild>
                <IconButton
                  label="Dismiss notification"
                  icon={<X />}
                  size="sm"
                  noTooltip
                  className={styles.close}
                />
              </RadixToast.Close>
            </RadixToast.Root>
          );
        })}
        <RadixToast.Viewport className={styles.viewport} />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
