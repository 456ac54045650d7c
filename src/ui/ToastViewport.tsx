import * as RadixToast from '@radix-ui/react-toast';
import { CheckCircle2, Info, X, XCircle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { IconButton } from './IconButton.tsx';
import { cx } from './cx.ts';
import { useToastClearOfFocus } from './useToastClearOfFocus.ts';
import type { ToastItem } from './ToastProvider.tsx';
import styles from './Toast.module.css';

const icons = { success: CheckCircle2, error: XCircle, info: Info } as const;

/**
 * The toasts on screen (Radix Toast: an F8-reachable "Notifications" region). Errors are
 * "foreground" (assertive), others "background" (polite), so a failure interrupts the screen
 * reader and a success does not.
 */
export default function ToastViewport({
  items,
  close,
}: {
  items: readonly ToastItem[];
  close(id: number): void;
}) {
  // Radix leaves focus on the empty list when the last toast is dismissed from the keyboard, so
  // the next Tab starts over at the top of the page: give it back to where it came from. The
  // origin is read on the region, not the list: Tab enters through Radix's focus proxy (inside
  // the region), F8 straight onto the list.
  const viewport = useRef<HTMLOListElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const region = viewport.current?.parentElement;
    if (!region) return;
    const rememberOrigin = (e: FocusEvent) => {
      const from = e.relatedTarget;
      if (from instanceof HTMLElement && !region.contains(from)) cameFrom.current = from;
    };
    region.addEventListener('focusin', rememberOrigin);
    return () => region.removeEventListener('focusin', rememberOrigin);
  }, []);
  const anyOpen = items.some((t) => t.open);
  useToastClearOfFocus(viewport, items.findLast((t) => t.open)?.id, anyOpen);
  useEffect(() => {
    const region = viewport.current?.parentElement;
    if (anyOpen || !region?.contains(document.activeElement)) return;
    // The element the user came from may be gone (a dialog closed meanwhile): the page's main.
    const back = cameFrom.current?.isConnected ? cameFrom.current : document.querySelector('main');
    back?.focus();
    cameFrom.current = null;
  }, [anyOpen]);

  return (
    <RadixToast.Provider swipeDirection="right" label="Notifications">
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
      <RadixToast.Viewport ref={viewport} className={styles.viewport} />
    </RadixToast.Provider>
  );
}
