import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactElement, ReactNode } from 'react';
import { IconButton } from './IconButton.tsx';
import { ignoreSaveShortcut } from './saveShortcut.ts';
import { cx } from './cx.ts';
import { useReturnFocus } from './useReturnFocus.ts';
import styles from './Dialog.module.css';

export interface DialogProps {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned (put the primary action last). */
  footer?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog (e.g. a Button). */
  trigger?: ReactElement;
  size?: 'md' | 'wide';
  /**
   * A question that must be answered with one of the footer's buttons: no close button, and
   * Escape or a click outside do nothing.
   */
  required?: boolean;
  /**
   * The corner close button (default true). Leave it out when the footer has its own Close, so
   * that there are not two buttons named "Close".
   */
  closeButton?: boolean;
}

/** A modal dialog: focus trapped, Escape and the close button dismiss it, focus returns to the trigger. */
export function Dialog({
  title,
  description,
  children,
  footer,
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  size = 'md',
  required = false,
  closeButton = true,
}: DialogProps) {
  const returnFocus = useReturnFocus(open ?? false, !trigger);
  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content
          className={cx(styles.content, size === 'wide' && styles.wide)}
          onCloseAutoFocus={returnFocus}
          onKeyDown={ignoreSaveShortcut}
          {...(required
            ? {
                onEscapeKeyDown: (e: KeyboardEvent) => e.preventDefault(),
                onPointerDownOutside: (e: Event) => e.preventDefault(),
                onInteractOutside: (e: Event) => e.preventDefault(),
              }
            : {})}
          // Without a description Radix would warn; tell it there is none.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className={styles.header}>
            <div className={styles.headings}>
              <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
              {description && (
                <RadixDialog.Description className={styles.description}>
                  {description}
                </RadixDialog.Description>
              )}
            </div>
          </div>
          {children && <div className={styles.body}>{children}</div>}
          {footer && <div className={styles.footer}>{footer}</div>}
          {/* Last in DOM order so that opening focuses the first field, not Close. */}
          {!required && closeButton && (
            <RadixDialog.Close asChild>
              <IconButton label="Close" icon={<X />} size="sm" noTooltip className={styles.close} />
            </RadixDialog.Close>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Closes the surrounding Dialog (wrap a Cancel button in it). */
export const DialogClose = RadixDialog.Close;
