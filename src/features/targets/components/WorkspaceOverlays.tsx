import { Suspense } from 'react';
import { ConfirmDialog, CsvImportDialog, RowActionDialog, RowActionsMenu } from './lazyOverlays.ts';
import type { Workspace } from './useWorkspace.ts';
import { asSentence } from '../../../rights/reason.ts';
import { discardedAllText } from '../model/discardedAllText.ts';

/** The row menu, the row dialogs, the CSV import preview and the discard confirmation. */
export function WorkspaceOverlays({ ws, locale }: { ws: Workspace; locale: string }) {
  const { planner, rowActions, canEdit, focusGrid, csv, draft, toolbar } = ws;
  const rows = planner.state.rows;
  const menuRow = rowActions.menu ? (rows[rowActions.menu.row] ?? null) : null;
  const dialogRow = rowActions.dialog ? rows[rowActions.dialog.row] : null;
  return (
    <>
      {(ws.menuReady || rowActions.menu) && (
        <Suspense fallback={null}>
          <RowActionsMenu
            target={rowActions.menu}
            row={menuRow}
            canEdit={canEdit}
            canLock={rowActions.canLockRow(menuRow)}
            lockReason={rowActions.lockReasonOf(menuRow)}
            readOnlyReason={asSentence(ws.access.readOnlyReason)}
            onAction={rowActions.onMenuAction}
            onClose={(how) => {
              const opener = rowActions.menu?.opener;
              rowActions.closeMenu();
              if (rowActions.dialog) return;
              // Dismissed, a menu opened from the toolbar gives focus back to its button (the
              // menu button pattern); a chosen action shows its outcome in the grid.
              const inToolbar = opener?.isConnected && toolbar.current?.contains(opener);
              if (how === 'dismissed' && inToolbar) requestAnimationFrame(() => opener.focus());
              else focusGrid();
            }}
          />
        </Suspense>
      )}
      {rowActions.dialog && dialogRow && (
        <Suspense fallback={null}>
          <RowActionDialog
            kind={rowActions.dialog.kind}
            row={dialogRow}
            rows={rows}
            locale={locale}
            onApply={(kind, value) => rowActions.applyDialog(kind, value, rowActions.dialog!.row)}
            onClose={() => {
              rowActions.closeDialog();
              focusGrid();
            }}
          />
        </Suspense>
      )}
      {csv.pending && (
        <Suspense fallback={null}>
          <CsvImportDialog
            fileName={csv.pending.fileName}
            preview={csv.pending.preview}
            rows={rows}
            periodNames={ws.periodNames}
            locale={locale}
            onApply={() => {
              csv.applyImport();
              focusGrid(); // where Ctrl+Z undoes the import
            }}
            onClose={csv.cancelImport}
          />
        </Suspense>
      )}
      {ws.confirmDiscard && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            onOpenChange={ws.setConfirmDiscard}
            title="Discard all unsaved changes?"
            message="The grid goes back to the saved targets. This cannot be undone."
            confirmLabel="Discard changes"
            tone="danger"
            onConfirm={() => {
              const count = planner.changeCount;
              planner.loadEdits(new Map());
              draft.discardDraft();
              // The last action's sentence ("Pasted …") no longer holds: say what happened instead.
              planner.say(discardedAllText(count));
              focusGrid();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
