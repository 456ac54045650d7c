import * as RadixToast from '@radix-ui/react-toast';
import { CheckCircle2, Info, X, XCircle } from 'lucide-react';
import { IconButton } from './IconButton.tsx';
import { cx } from './cx.ts';
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
      <RadixToast.Viewport className={styles.viewport} />
    </RadixToast.Provider>
  );
}
