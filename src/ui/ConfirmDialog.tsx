import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { Button } from './Button.tsx';
import { ignoreSaveShortcut } from './saveShortcut.ts';
import { useReturnFocus } from './useReturnFocus.ts';
import styles from './Dialog.module.css';

export interface ConfirmDialogProps {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'default' | 'danger';
  /** May be async: the dialog stays open with a busy button until it settles, and closes on success. */
  onConfirm: () => void | Promise<void>;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactElement;
}

/** Asks before doing something (Radix AlertDialog: focus starts on Cancel, Escape cancels). */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
  onConfirm,
  open: openProp,
  onOpenChange,
  trigger,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = openProp ?? ownOpen;
  const returnFocus = useReturnFocus(open, !trigger);
  const errorId = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);

  // The busy confirm button was disabled, so focus fell to the dialog itself: on a failure it
  // goes back to the button (Enter tries again), which the error describes, so it is read out.
  useEffect(() => {
    if (error && !busy) confirmButton.current?.focus();
  }, [error, busy]);

  const setOpen = (next: boolean) => {
    if (busy && !next) return; // don't close under a running action
    if (next) setError(null);
    setOwnOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      setOwnOpen(false);
      onOpenChange?.(false);
    } catch (e) {
      setBusy(false);
      setError(e instanceof Error ? e.message : 'Something went wrong.');
    }
  };

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={styles.overlay} />
        <AlertDialog.Content
          className={styles.content}
          onCloseAutoFocus={returnFocus}
          onKeyDown={ignoreSaveShortcut}
        >
          <div className={`${styles.header} ${styles.headerOnly}`}>
            <div className={styles.headings}>
              <AlertDialog.Title className={styles.title}>{title}</AlertDialog.Title>
              <AlertDialog.Description className={styles.description}>
                {message}
              </AlertDialog.Description>
              {/* There (empty) from the moment the dialog opens: screen readers announce text
                  put into a live region they know, not one that appears with its text. */}
              <p id={errorId} role="alert" className={error ? styles.error : styles.errorRegion}>
                {error}
              </p>
            </div>
          </div>
          <div className={styles.footer}>
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={busy}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <Button
              ref={confirmButton}
              aria-describedby={error ? errorId : undefined}
              variant={tone === 'danger' ? 'danger' : 'primary'}
              loading={busy}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
