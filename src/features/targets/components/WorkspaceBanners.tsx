import { RefreshCw } from 'lucide-react';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ReadOnlyBanner } from '../../../rights/ReadOnlyBanner.tsx';
import { discardRestored } from '../model/discardRestored.ts';
import { DraftNotice } from './DraftNotice.tsx';
import { DraftNotKeptBanner } from './DraftNotKeptBanner.tsx';
import type { Workspace } from './useWorkspace.ts';

/**
 * Above the toolbar: read-only rights, a restored draft, a draft the browser cannot keep, a
 * failed save.
 */
export function WorkspaceBanners({ ws, locale }: { ws: Workspace; locale: string }) {
  const { access, draft, saveFlow, planner, focusGrid, periodNames } = ws;
  const rows = planner.state.rows;
  return (
    <>
      <ReadOnlyBanner model={access} />
      {draft.notice && (
        <DraftNotice
          notice={draft.notice}
          labelOf={(id) =>
            rows.find((r) => r.assignmentId === id)?.label ?? `a removed row (${id})`
          }
          periodNames={periodNames}
          locale={locale}
          // The notice goes away with its buttons: focus goes to the grid, not to the page.
          onKeep={() => {
            draft.dismissNotice();
            focusGrid();
          }}
          // Only the restored edits go: values typed since stay (see discardRestored).
          onDiscard={() => {
            const { edits, base } = planner.get();
            const restored = draft.notice?.restored ?? edits;
            const { action } = discardRestored(edits, restored, base.loaded);
            if (action.cells.length + action.locks.length > 0) planner.run({ ok: true, action });
            else planner.say(action.label);
            draft.discardDraft();
            focusGrid();
          }}
        />
      )}
      {draft.notKept && (
        <DraftNotKeptBanner
          onDismiss={() => {
            draft.dismissNotKept();
            focusGrid();
          }}
        />
      )}
      {saveFlow.error && (
        <Banner
          compact
          tone="danger"
          title={saveFlow.error.title}
          actions={
            <>
              {saveFlow.error.reload && (
                <Button size="sm" icon={<RefreshCw />} onClick={() => void saveFlow.reload()}>
                  Reload
                </Button>
              )}
              <Button
                size="sm"
                onClick={() => {
                  saveFlow.dismissError();
                  focusGrid();
                }}
              >
                Dismiss
              </Button>
            </>
          }
        >
          {saveFlow.error.text}
        </Banner>
      )}
    </>
  );
}
