import { Suspense } from 'react';
import { TargetGrid } from '../grid/Grid.tsx';
import type { GridView } from '../grid/types.ts';
import { totalsFooterText } from '../model/totalsFooterText.ts';
import { HistoryPanel } from './lazyOverlays.ts';
import type { Workspace } from './useWorkspace.ts';
import styles from './TargetsWorkspace.module.css';

/** Where a just-created group's grid starts: its first value cell, with the focus. */
const FIRST_CELL: GridView = {
  active: { row: 0, col: 0 },
  extent: { row: 0, col: 0 },
  scrollTop: 0,
  scrollLeft: 0,
};

/** The hint line, the grid with its totals note, and the row history beside it. */
export function WorkspaceGridSection({
  ws,
  title,
  locale,
  justCreated,
}: {
  ws: Workspace;
  title: string;
  locale: string;
  justCreated: boolean;
}) {
  const { planner, canEdit, rowActions, periodNames, focusGrid } = ws;
  const rows = planner.state.rows;
  const footer = totalsFooterText(planner.state.base);
  const historyRow = rowActions.historyRow !== null ? rows[rowActions.historyRow] : undefined;
  return (
    <>
      <p className={planner.notice?.tone === 'warning' ? styles.noticeWarning : styles.notice}>
        {/* The live region is there from the start (a region inserted with its text is not
            read); a new message replaces its text node, so a repeated sentence is said again. */}
        <span role="status" aria-atomic="true">
          {planner.notice && <span key={planner.notice.id}>{planner.notice.text}</span>}
        </span>
        {!planner.notice &&
          (canEdit
            ? 'Type or paste values; Enter or F2 edits, Delete clears, Ctrl+Z undoes, Ctrl+S saves.'
            : 'Arrow keys move, Shift+arrows select, Ctrl+C copies the selection.')}
      </p>
      <div className={styles.body} data-history={historyRow ? '' : undefined}>
        {/* Only the grid's keys: the menu is elsewhere in the page (a portal). */}
        <div className={styles.gridArea} onKeyDownCapture={rowActions.holdKeysForMenu}>
          <TargetGrid
            source={ws.source}
            columns={ws.columns}
            actions={ws.gridActions}
            label={title}
            readOnly={!canEdit}
            busy={ws.draft.restoring}
            locale={locale}
            rowHeaderLabel="Target"
            totalLabel="Year total"
            footerLabel={footer.label}
            footerNote={footer.notShown}
            onSelectionChange={ws.selection.set}
            onEditPendingChange={ws.setEditPending}
            initialView={ws.takenOver?.view ?? (justCreated ? FIRST_CELL : undefined)}
          />
          {footer.note && <p className={styles.totalsNote}>{footer.note}</p>}
        </div>
        {historyRow && (
          <Suspense fallback={null}>
            <HistoryPanel
              row={historyRow}
              periodNames={periodNames}
              locale={locale}
              isFieldHidden={(field) => ws.access.field(field).hidden}
              onClose={() => {
                rowActions.closeHistory();
                focusGrid();
              }}
            />
          </Suspense>
        )}
      </div>
    </>
  );
}
