import { useEffect, useRef, type ReactNode } from 'react';
import { Banner } from '../../../ui/index.ts';
import styles from './SaveOutcome.module.css';

/**
 * The result of the last save (or delete): the server's own answer on success, the reason on
 * failure, titled by what failed (a refused delete or step is not "Not saved").
 * Save is disabled while saving and again once nothing has changed, which drops keyboard focus;
 * when a new outcome appears and focus is nowhere (on <body>), it moves to the outcome, so a
 * keyboard user continues from there and hears what the server stored.
 */
/**
 * What a failure is about: a save, a delete, a delete whose answer was lost (it may have gone
 * through), or adding a step (its defaults come from the server).
 */
export type FailedAction = 'save' | 'delete' | 'deleteUnsure' | 'addStep';
const failureTitles: Record<FailedAction, string> = {
  save: 'Not saved',
  delete: 'Not deleted',
  deleteUnsure: 'Maybe deleted',
  addStep: 'Step not added',
};

export function SaveOutcome({
  error,
  saved,
  failed = 'save',
}: {
  error: string | null;
  saved: ReactNode | null;
  /** What `error` is about. */
  failed?: FailedAction;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error && !saved) return;
    if (!document.activeElement || document.activeElement === document.body) ref.current?.focus();
  }, [error, saved]);
  if (!error && !saved) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.outcome}>
      {error ? (
        <Banner tone="danger" title={failureTitles[failed]}>
          {error}
        </Banner>
      ) : (
        <Banner tone="success" title="Saved">
          {saved}
        </Banner>
      )}
    </div>
  );
}
