import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Download, MoreHorizontal, Redo2, RefreshCw, Save, Undo2, Upload, X } from 'lucide-react';
import { Badge } from '../../../ui/Badge.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { ReadOnlyBanner } from '../../../rights/ReadOnlyBanner.tsx';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { TargetGrid } from '../grid/Grid.tsx';
import { moneyFormat } from '../grid/numberFormat.ts';
import type { GridView } from '../grid/types.ts';
import { preloadWhenIdle } from '../../../ui/lazyWithPreload.ts';
import { parsePeriodType, periodsFor } from '../model/periods.ts';
import type { Edits } from '../model/types.ts';
import { countChanges } from '../state/plannerState.ts';
import { plannerGridSource } from '../state/gridSource.ts';
import { endSave, takeOver } from '../state/saveHandoff.ts';
import type { PlannerGroup } from '../hooks/plannerGroup.ts';
import { createSelectionStore } from '../hooks/selectionStore.ts';
import { useCsv } from '../hooks/useCsv.ts';
import { csvDialect } from '../model/csv.ts';
import { useDraft } from '../hooks/useDraft.ts';
import { useGridActions } from '../hooks/useGridActions.ts';
import { usePlanner } from '../hooks/usePlanner.ts';
import { useRowActions, type LastYearLookup } from '../hooks/useRowActions.ts';
import { useSaveFlow } from '../hooks/useSaveFlow.ts';
import { useReportDirty } from '../hooks/useReportDirty.ts';
import { useRovingToolbar } from '../hooks/useRovingToolbar.ts';
import { useUndoShortcuts } from '../hooks/useUndoShortcuts.ts';
import { DraftNotice } from './DraftNotice.tsx';
import { totalsFooterText } from '../model/totalsFooterText.ts';
import { LeaveGuard } from './LeaveGuard.tsx';
import { StatusBar } from './StatusBar.tsx';
import {
  ConfirmDialog,
  CsvImportDialog,
  HistoryPanel,
  RowActionDialog,
  RowActionsMenu,
  preloadOverlays,
} from './lazyOverlays.ts';
import styles from './TargetsWorkspace.module.css';

export interface TargetsWorkspaceProps {
  group: PlannerGroup;
  /** Accessible name of the grid, e.g. "Targets 2027 – All sales". */
  title: string;
  locale: string;
  save: (payload: PlannerGroup) => Promise<unknown>;
  lastYear: LastYearLookup;
  /** Told when the grid gains or loses unsaved edits (group settings wait for none). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Whose unsaved-edit drafts these are (draftOwner); null keeps none. */
  draftOwner: string | null;
  /**
   * The group was just created from the page: the grid takes the focus at its first cell (the
   * Create button it had is gone).
   */
  justCreated?: boolean;
}

/** Where a just-created group's grid starts: its first value cell, with the focus. */
const FIRST_CELL: GridView = {
  active: { row: 0, col: 0 },
  extent: { row: 0, col: 0 },
  scrollTop: 0,
  scrollLeft: 0,
};

/** A loaded target group: toolbar, grid, status bar, row menu, dialogs and side panel. */
/** Memoised: the page re-renders for things the workspace does not show (last year loading). */
export const TargetsWorkspace = memo(function TargetsWorkspace({
  group,
  title,
  locale,
  save,
  lastYear,
  onDirtyChange,
  draftOwner,
  justCreated = false,
}: TargetsWorkspaceProps) {
  const periods = periodsFor(parsePeriodType(group.PeriodType) ?? 'Month', locale);
  const assignments = group.TargetAssignments ?? [];
  const counts = group.TargetDimension?.MeasurementUnit === 'Count';
  // Shown after a save: at the same place, with edits made while it was under way still unsaved.
  const handoffKey = `${group.TargetGroupId}|${draftOwner ?? ''}`;
  const [takenOver] = useState(() => takeOver(handoffKey, assignments));
  useEffect(() => endSave(handoffKey), [handoffKey]);
  const carried = takenOver?.edits;
  const planner = usePlanner(assignments, periods.length, counts, carried);
  useReportDirty(planner.dirty, onDirtyChange);
  const access = useMemo(() => buildAccessModel(group), [group]);
  const canEdit = !access.formReadOnly;
  const rowActions = useRowActions(planner, group, canEdit, lastYear, locale);
  const periodNames = useMemo(() => periods.map((p) => p.name), [periods]);
  const gridActions = useGridActions(planner, locale, canEdit, rowActions.openRowMenu, periodNames);
  const source = useMemo(() => plannerGridSource(planner.state), [planner.state]);
  const columns = useMemo(
    () => periods.map((p) => ({ label: p.shortName, fullLabel: p.name })),
    [periods],
  );
  const selection = useMemo(createSelectionStore, []);
  const format = useMemo(() => moneyFormat(locale), [locale]);
  const wrapper = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  useRovingToolbar(toolbar);
  const focusGrid = useCallback(() => {
    requestAnimationFrame(() =>
      wrapper.current?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')?.focus(),
    );
  }, []);
  useUndoShortcuts(toolbar, canEdit ? planner : null, focusGrid);

  const { loadEdits } = planner;
  const restore = useCallback((e: Edits) => countChanges(loadEdits(e)), [loadEdits]);
  const draft = useDraft(
    group,
    planner.state.edits,
    restore,
    canEdit ? draftOwner : null,
    carried !== undefined,
  );
  const handoff = useMemo(
    () => ({
      key: handoffKey,
      view: () => {
        const grid = wrapper.current?.querySelector('[role="grid"]');
        if (!grid) return undefined;
        const { active, extent } = selection.get();
        return { active, extent, scrollTop: grid.scrollTop, scrollLeft: grid.scrollLeft };
      },
    }),
    [handoffKey, selection],
  );
  const saveText = useMemo(() => ({ periodNames, format }), [periodNames, format]);
  const saveFlow = useSaveFlow(planner, group, save, draft.discardDraft, handoff, saveText);
  // Save is disabled while the save is under way, so the focus falls to the page; when the save
  // fails (Save is back), it goes back to Save. (A saved group's grid takes it, see Grid.)
  const saveButton = useRef<HTMLButtonElement>(null);
  // A value typed in the cell editor and not committed yet is a change Save takes (see Grid).
  const [editPending, setEditPending] = useState(false);
  useEffect(() => {
    if (saveFlow.saving || !saveFlow.error) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) saveButton.current?.focus();
  }, [saveFlow.saving, saveFlow.error]);
  const csv = useCsv(planner, periods, locale, `targets-${group.Year}`);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // The menus and dialogs load at the first idle moment after the grid is on screen, so a
  // keyboard user opening them finds them there; the row menu then stays mounted (closed), as
  // Radix needs to see the keys that open it.
  const [menuReady, setMenuReady] = useState(RowActionsMenu.isLoaded);
  useEffect(
    () =>
      preloadWhenIdle(
        [...preloadOverlays, () => RowActionsMenu.preload().then(() => setMenuReady(true))],
        0,
      ),
    [],
  );

  const rows = planner.state.rows;
  const footer = totalsFooterText(planner.state.base);
  const menuRow = rowActions.menu ? (rows[rowActions.menu.row] ?? null) : null;
  const dialogRow = rowActions.dialog ? rows[rowActions.dialog.row] : null;
  const historyRow = rowActions.historyRow !== null ? rows[rowActions.historyRow] : undefined;
  const narrowIcon = canEdit ? styles.narrowIcon : undefined;
  const wideText = canEdit ? styles.wideText : undefined;
  const openActiveRowMenu = (e: React.MouseEvent<HTMLButtonElement>) =>
    rowActions.openRowMenu(selection.get().active.row, e.currentTarget);

  return (
    <div className={styles.workspace} ref={wrapper}>
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
          onDiscard={() => {
            loadEdits(new Map());
            draft.discardDraft();
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
      <div className={styles.toolbar} role="toolbar" aria-label="Targets" ref={toolbar}>
        {canEdit && (
          <>
            <IconButton
              label="Undo (Ctrl+Z)"
              icon={<Undo2 />}
              disabled={!planner.canUndo}
              onClick={() => {
                planner.undo();
                // The last undo disables the button: focus goes to the grid, not to the page.
                if (planner.get().stack.past.length === 0) focusGrid();
              }}
            />
            <IconButton
              label="Redo (Ctrl+Y)"
              icon={<Redo2 />}
              disabled={!planner.canRedo}
              onClick={() => {
                planner.redo();
                if (planner.get().stack.future.length === 0) focusGrid();
              }}
            />
            <span className={styles.sep} aria-hidden />
          </>
        )}
        {/* In a narrow window these three show their icons only (their names stay, for screen
            readers and as a tooltip), and so does Discard, so the toolbar takes one line, with the
            count of unsaved changes, and leaves the grid its rows.
            Without Undo, Import, Discard and Save (read-only) the names fit beside each other. */}
        <Button
          className={narrowIcon}
          title="Row actions"
          icon={<MoreHorizontal />}
          onClick={openActiveRowMenu}
        >
          <span className={wideText}>Row actions</span>
        </Button>
        <Button
          className={narrowIcon}
          title={`Export CSV (${csvDialect(locale).description})`}
          icon={<Download />}
          onClick={csv.exportFile}
        >
          <span className={wideText}>Export CSV</span>
        </Button>
        {canEdit && (
          <label
            className={`${styles.fileButton} ${styles.narrowIcon}`}
            title="Import CSV (comma-separated with decimal point, or semicolon-separated with decimal comma)"
          >
            <Upload aria-hidden />
            <span className={styles.wideText}>Import CSV</span>
            <input
              type="file"
              accept=".csv,text/csv"
              className={styles.fileInput}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void csv.importFile(f);
              }}
            />
          </label>
        )}
        <span className={styles.spacer} />
        {planner.changeCount > 0 && (
          <Badge
            tone="warning"
            title={`${planner.changeCount} unsaved ${planner.changeCount === 1 ? 'change' : 'changes'}`}
          >
            {planner.changeCount}
            <span className={styles.wideText}>
              {' '}
              unsaved {planner.changeCount === 1 ? 'change' : 'changes'}
            </span>
          </Badge>
        )}
        {canEdit && (
          <>
            <Button
              className={styles.narrowIcon}
              title="Discard"
              icon={<X />}
              disabled={!planner.dirty || saveFlow.saving}
              onClick={() => setConfirmDiscard(true)}
            >
              <span className={styles.wideText}>Discard</span>
            </Button>
            <Button
              ref={saveButton}
              variant="primary"
              icon={<Save />}
              loading={saveFlow.saving}
              disabled={!planner.dirty && !editPending}
              onClick={() => {
                // The click took the focus from the cell editor, which committed its value.
                void saveFlow.submit();
              }}
            >
              Save
            </Button>
          </>
        )}
      </div>
      <p className={planner.notice?.tone === 'warning' ? styles.noticeWarning : styles.notice}>
        {planner.notice?.text ??
          (canEdit
            ? 'Type or paste values; Enter or F2 edits, Delete clears, Ctrl+Z undoes.'
            : 'Arrow keys move, Shift+arrows select, Ctrl+C copies the selection.')}
      </p>
      <div className={styles.body} data-history={historyRow ? '' : undefined}>
        <div className={styles.gridArea}>
          <TargetGrid
            source={source}
            columns={columns}
            actions={gridActions}
            label={title}
            readOnly={!canEdit}
            locale={locale}
            rowHeaderLabel="Target"
            totalLabel="Year total"
            footerLabel={footer.label}
            onSelectionChange={selection.set}
            onEditPendingChange={setEditPending}
            initialView={takenOver?.view ?? (justCreated ? FIRST_CELL : undefined)}
          />
          {footer.note && <p className={styles.totalsNote}>{footer.note}</p>}
        </div>
        {historyRow && (
          <Suspense fallback={null}>
            <HistoryPanel
              row={historyRow}
              periodNames={periodNames}
              format={format}
              locale={locale}
              onClose={() => {
                rowActions.closeHistory();
                focusGrid();
              }}
            />
          </Suspense>
        )}
      </div>
      <StatusBar selection={selection} rows={rows} periods={periods.length} format={format} />
      {(menuReady || rowActions.menu) && (
        <Suspense fallback={null}>
          <RowActionsMenu
            target={rowActions.menu}
            row={menuRow}
            canEdit={canEdit}
            canLock={rowActions.canLockRow(menuRow)}
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
            periodNames={periodNames}
            format={format}
            onApply={() => {
              csv.applyImport();
              focusGrid(); // where Ctrl+Z undoes the import
            }}
            onClose={csv.cancelImport}
          />
        </Suspense>
      )}
      {confirmDiscard && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            onOpenChange={setConfirmDiscard}
            title="Discard all unsaved changes?"
            message="The grid goes back to the saved targets. This cannot be undone."
            confirmLabel="Discard changes"
            tone="danger"
            onConfirm={() => {
              loadEdits(new Map());
              draft.discardDraft();
              focusGrid();
            }}
          />
        </Suspense>
      )}
      <LeaveGuard
        dirty={planner.dirty && !saveFlow.saving}
        unsaved={planner.dirty}
        onDiscard={draft.discardDraft}
      />
    </div>
  );
});
