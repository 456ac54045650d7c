import { useState } from 'react';
import { ChevronDown } from 'lucide-react';
import { Banner } from '../../../ui/Banner.tsx';
import { cx } from '../../../ui/cx.ts';
import { formatDateTime } from '../../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { Button } from '../../../ui/Button.tsx';
import type { DraftNotice as Notice } from '../hooks/useDraft.ts';
import { nameRows } from '../model/applyPaste.ts';
import { draftPeriodsChangedText } from '../model/draftPeriodsText.ts';
import styles from './DraftNotice.module.css';

/**
 * "Restored N unsaved changes from <time>", with Keep and Discard; when someone saved the group
 * since, also which cells both changed (the user's value kept) and which rows could not be kept.
 * In a narrow window it takes one line, "Restored N changes" with the buttons (their names
 * unchanged), so the grid keeps its rows; that line opens the rest: the time, and everything
 * else the wide notice says (see DraftNotice.module.css).
 */
export function DraftNotice({
  notice,
  labelOf,
  periodNames,
  locale,
  onKeep,
  onDiscard,
}: {
  notice: Notice;
  /** The user's culture, for the date. */
  locale: string;
  /** The row label of an assignment id (the id as text when it is gone). */
  labelOf(assignmentId: number): string;
  periodNames: readonly string[];
  onKeep(): void;
  onDiscard(): void;
}) {
  const { timeZone } = useDateTimeSettings();
  const [open, setOpen] = useState(false);
  const when = formatDateTime(notice.savedAt, { locale, timeZone }) ?? notice.savedAt;
  const { count, rebased, conflicts, dropped, periodsChanged } = notice;
  const changes = `${count} unsaved ${count === 1 ? 'change' : 'changes'}`;
  const title =
    count > 0
      ? `Restored ${changes} from ${when}`
      : `Your unsaved changes from ${when} could not be restored`;
  const short =
    count > 0 ? `Restored ${count} ${count === 1 ? 'change' : 'changes'}` : 'Changes not restored';
  const both = conflicts.map(
    (c) => `${labelOf(c.assignmentId)} (${periodNames[c.period] ?? `period ${c.period + 1}`})`,
  );
  return (
    <Banner
      compact
      className={cx(styles.notice, open && styles.open)}
      tone={rebased ? 'warning' : 'info'}
      title={
        <>
          {/* Shown in a narrow window only. */}
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            {short}
            <ChevronDown aria-hidden="true" className={styles.chevron} />
          </button>
          <span className={styles.title}>{title}.</span>
        </>
      }
      actions={
        <>
          {count > 0 ? (
            <Button size="sm" className={styles.action} onClick={onKeep} aria-label="Keep them">
              Keep<span className={styles.wide}> them</span>
            </Button>
          ) : (
            <Button size="sm" className={styles.action} onClick={onKeep}>
              Dismiss
            </Button>
          )}
          {count > 0 && (
            // Not just "Discard": the toolbar's "Discard all changes" is beside it.
            <Button
              size="sm"
              variant="danger"
              className={styles.action}
              onClick={onDiscard}
              aria-label="Discard restored changes"
            >
              Discard<span className={styles.wide}> restored changes</span>
            </Button>
          )}
        </>
      }
    >
      <span className={styles.more}>
        {/* In a narrow window, the time the title above says (it shows "Restored N changes"). */}
        <span className={styles.when}>From {when}. </span>
        {periodsChanged && <>{draftPeriodsChangedText(periodsChanged.from, periodsChanged.to)} </>}
        {notice.fromClosedTab && count > 0 && (
          <>Some of them were made in a tab that was closed before they were saved. </>
        )}
        {rebased && count > 0 && (
          <>
            Someone saved these targets after your changes were made: yours are shown on top of
            their values.{' '}
          </>
        )}
        {both.length > 0 && (
          <>
            You both changed {nameRows(both)}: your values are kept, so check them before
            saving.{' '}
          </>
        )}
        {dropped.length > 0 && (
          <>
            Changes to {nameRows(dropped.map(labelOf))} could not be kept: the{' '}
            {dropped.length === 1 ? 'row was' : 'rows were'} removed, locked or made read-only for
            you since.{' '}
          </>
        )}
        {count > 0 &&
          (notice.savingSince
            ? 'The page was left while these changes were being saved, so they may have been saved after all. Reload the page in a moment to see what was saved; saving them again is safe.'
            : 'They were not saved yet. Save to keep them, or discard them to go back to the saved targets.')}
      </span>
    </Banner>
  );
}
