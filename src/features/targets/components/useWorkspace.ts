import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { preloadWhenIdle } from '../../../ui/lazyWithPreload.ts';
import { useToast } from '../../../ui/toastContext.ts';
import { moneyFormat } from '../grid/numberFormat.ts';
import { parsePeriodType, periodsFor } from '../model/periods.ts';
import { readOnlySaveText } from '../model/readOnlySaveText.ts';
import type { Edits } from '../model/types.ts';
import { countChanges } from '../state/plannerState.ts';
import { plannerGridSource } from '../state/gridSource.ts';
import { endSave, takeOver } from '../state/saveHandoff.ts';
import type { PlannerGroup } from '../hooks/plannerGroup.ts';
import { createSelectionStore } from '../hooks/selectionStore.ts';
import { useCsv } from '../hooks/useCsv.ts';
import { useDraft } from '../hooks/useDraft.ts';
import { useDraftPage } from '../hooks/useDraftPage.ts';
import { useGridActions } from '../hooks/useGridActions.ts';
import { usePlanner } from '../hooks/usePlanner.ts';
import { useRowActions, type LastYearLookup } from '../hooks/useRowActions.ts';
import { useSaveFlow } from '../hooks/useSaveFlow.ts';
import { useReportDirty } from '../hooks/useReportDirty.ts';
import { useRovingToolbar } from '../hooks/useRovingToolbar.ts';
import { useUndoShortcuts } from '../hooks/useUndoShortcuts.ts';
import { RowActionsMenu, preloadOverlays } from './lazyOverlays.ts';
import { useSaveShortcut } from './useSaveShortcut.ts';

export interface WorkspaceInputs {
  group: PlannerGroup;
  /** The target type as the page's address names it (null: the default), kept with drafts. */
  dimensionId: number | null;
  locale: string;
  save: (payload: PlannerGroup) => Promise<unknown>;
  lastYear: LastYearLookup;
  onDirtyChange?: (dirty: boolean) => void;
  draftOwner: string | null;
}

/**
 * The workspace's wiring: the planner and everything that reads or drives it (rights, drafts,
 * saving, CSV, row actions, grid actions, toolbar keys), for the workspace's parts to show.
 */
export function useWorkspace({
  group,
  dimensionId,
  locale,
  save,
  lastYear,
  onDirtyChange,
  draftOwner,
}: WorkspaceInputs) {
  const periods = periodsFor(parsePeriodType(group.PeriodType) ?? 'Month', locale);
  const assignments = group.TargetAssignments ?? [];
  const counts = group.TargetDimension?.MeasurementUnit === 'Count';
  // Shown after a save: at the same place, with edits made while it was under way still unsaved.
  const handoffKey = `${group.TargetGroupId}|${draftOwner ?? ''}`;
  const [takenOver] = useState(() => takeOver(handoffKey, assignments));
  useEffect(() => endSave(handoffKey), [handoffKey]);
  const carried = takenOver?.edits;
  const access = useMemo(() => buildAccessModel(group), [group]);
  const canEdit = !access.formReadOnly;
  const planner = usePlanner(assignments, periods.length, counts, carried, canEdit);
  useReportDirty(planner.dirty, onDirtyChange);
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
  useUndoShortcuts(wrapper, canEdit ? planner : null, focusGrid);

  const { loadUnder, get: plannerNow } = planner;
  // Under what was typed before the draft was restored (the restore waits for the tab's id).
  const restore = useCallback(
    (e: Edits) => {
      const before = countChanges(plannerNow());
      return countChanges(loadUnder(e)) - before;
    },
    [loadUnder, plannerNow],
  );
  // Rows read-only by their own rights, as loaded (edits do not change them); found once, when
  // a draft is restored.
  const loadedRows = useRef(planner.state.rows);
  const readOnlyRow = useMemo(() => {
    let ids: Set<number> | null = null;
    return (id: number) =>
      (ids ??= new Set(
        loadedRows.current.flatMap((r) =>
          r.restriction !== undefined && r.assignmentId !== null ? [r.assignmentId] : [],
        ),
      )).has(id);
  }, []);
  const draftPage = useDraftPage(group, dimensionId);
  const draft = useDraft(
    group,
    planner.state.edits,
    restore,
    canEdit ? draftOwner : null,
    // After Reload, the edits came from memory on top of the group read again: newer than a draft.
    carried !== undefined || takenOver?.restored !== undefined,
    takenOver?.restored && { restored: takenOver.restored, count: planner.changeCount },
    readOnlyRow,
    // Where the draft's changes are, for the sign-out question's link to them.
    draftPage,
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
  const { markSaving, markUnanswered } = draft;
  const { toast } = useToast();
  // Shown outside the workspace, which the saved group replaces; the toast is its one announcement.
  const showSaved = useCallback((title: string) => void toast({ title, tone: 'success' }), [toast]);
  const saveText = useMemo(
    () => ({
      periodNames,
      format,
      saving: markSaving,
      unanswered: markUnanswered,
      saved: showSaved,
    }),
    [periodNames, format, markSaving, markUnanswered, showSaved],
  );
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
  // Read-only (a viewer), Ctrl+S still keeps the browser's "Save page as" away, and says why
  // nothing is saved.
  useSaveShortcut(wrapper, {
    canSave: () => canEdit && planner.get().edits.size > 0 && !saveFlow.saving,
    save: () => void saveFlow.submit(),
    nothingToSave: () =>
      canEdit
        ? planner.say(
            saveFlow.saving
              ? 'The targets are being saved.'
              : 'There are no unsaved changes to save.',
          )
        : planner.say(readOnlySaveText(access.readOnlyReason), 'warning'),
    refocus: focusGrid,
  });
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

  return {
    periods,
    periodNames,
    columns,
    takenOver,
    planner,
    access,
    canEdit,
    rowActions,
    gridActions,
    source,
    selection,
    format,
    wrapper,
    toolbar,
    focusGrid,
    draft,
    saveFlow,
    saveButton,
    editPending,
    setEditPending,
    csv,
    confirmDiscard,
    setConfirmDiscard,
    menuReady,
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
