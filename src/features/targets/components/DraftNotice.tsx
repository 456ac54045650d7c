import { Banner } from '../../../ui/Banner.tsx';
import { formatDateTime } from '../../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { Button } from '../../../ui/Button.tsx';
import type { DraftNotice as Notice } from '../hooks/useDraft.ts';
import { nameRows } from '../model/applyPaste.ts';
import { draftPeriodsChangedText } from '../model/draftPeriodsText.ts';

/**
 * "Restored N unsaved changes from <time>", with Keep and Discard; when someone saved the group
 * since, also which cells both changed (the user's value kept) and which rows could not be kept.
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
  const when = formatDateTime(notice.savedAt, { locale, timeZone }) ?? notice.savedAt;
  const { count, rebased, conflicts, dropped, periodsChanged } = notice;
  const changes = `${count} unsaved ${count === 1 ? 'change' : 'changes'}`;
  const title =
    count > 0
      ? `Restored ${changes} from ${when}`
      : `Your unsaved changes from ${when} could not be restored`;
  const both = conflicts.map(
    (c) => `${labelOf(c.assignmentId)} (${periodNames[c.period] ?? `period ${c.period + 1}`})`,
  );
  return (
    <Banner
      compact
      tone={rebased ? 'warning' : 'info'}
      title={title}
      actions={
        <>
          <Button size="sm" onClick={onKeep}>
            {count > 0 ? 'Keep them' : 'Dismiss'}
          </Button>
          {count > 0 && (
            // Not just "Discard": the toolbar's "Discard all changes" is beside it.
            <Button size="sm" variant="danger" onClick={onDiscard}>
              Discard restored changes
            </Button>
          )}
        </>
      }
    >
      {periodsChanged && <>{draftPeriodsChangedText(periodsChanged.from, periodsChanged.to)} </>}
      {rebased && count > 0 && (
        <>
          Someone saved these targets after your changes were made: yours are shown on top of their
          values.{' '}
        </>
      )}
      {both.length > 0 && (
        <>You both changed {nameRows(both)}: your values are kept, so check them before saving. </>
      )}
      {dropped.length > 0 && (
        <>
          Changes to {nameRows(dropped.map(labelOf))} could not be kept: the{' '}
          {dropped.length === 1 ? 'row was' : 'rows were'} removed or locked since.{' '}
        </>
      )}
      {count > 0 &&
        (notice.savingSince
          ? 'The page was left while these changes were being saved, so they may have been saved after all. Reload the page in a moment to see what was saved; saving them again is safe.'
          : 'They were not saved yet. Save to keep them, or discard them to go back to the saved targets.')}
    </Banner>
  );
}
