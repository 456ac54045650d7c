import type { ReactNode } from 'react';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { formatDateTime } from '../locale/formatDateTime.ts';
import { useDateTimeSettings } from '../locale/useDateTimeSettings.ts';
import type { EditorDraftNotice } from './useEditorDraft.ts';

/**
 * "Your unsaved … from <time> are back": after a reload (or a closed tab) a form shows what was
 * typed before and not saved or sent yet, with Keep and Discard. The time is shown as the user's
 * settings show times. What differs between forms (the words, and whether the buttons say "it"
 * or "them") comes from the caller. The targets grid has its own notice
 * (targets/components/DraftNotice): it counts the changes and lists what someone saved since.
 */
export function KeptDraftNotice({
  notice,
  text,
  tone = 'info',
  fromClosedTab,
  keepLabel,
  discardLabel,
  onKeep,
  onDiscard,
}: {
  notice: EditorDraftNotice;
  /** The title and body, given when the draft was kept (already formatted). */
  text(when: string): { title: string; body: ReactNode };
  /** 'warning' when the kept work needs checking first (e.g. the record was saved since). */
  tone?: 'info' | 'warning';
  /** The sentence said before the body when the draft came from a tab that was closed. */
  fromClosedTab: string;
  keepLabel: string;
  discardLabel: string;
  onKeep(): void;
  onDiscard(): void;
}) {
  const when = formatDateTime(notice.savedAt, useDateTimeSettings()) ?? notice.savedAt;
  const { title, body } = text(when);
  return (
    <Banner
      tone={tone}
      title={title}
      actions={
        <>
          <Button size="sm" onClick={onKeep}>
            {keepLabel}
          </Button>
          <Button size="sm" variant="danger" onClick={onDiscard}>
            {discardLabel}
          </Button>
        </>
      }
    >
      {notice.fromClosedTab && `${fromClosedTab} `}
      {body}
    </Banner>
  );
}
