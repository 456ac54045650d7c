import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { applySavedGroup } from '../../../api/targets/hooks.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { sessionRenewals, useSessionRenewals } from '../../../app/auth/sessionRenewals.ts';
import { fetchTargetGroup } from '../../../api/targets/targetsApi.ts';
import { answerLost } from '../model/answerLost.ts';
import { buildSavePayload } from '../model/buildSavePayload.ts';
import { draftOnTop } from '../model/draft.ts';
import { rebaseEdits } from '../model/rebaseEdits.ts';
import { saveConflictText } from '../model/saveConflictText.ts';
import { failureNow, saveFailureText, type SaveFailureText } from '../model/saveFailureText.ts';
import type { GridView } from '../grid/types.ts';
import { countChanges } from '../state/plannerState.ts';
import { startSave } from '../state/saveHandoff.ts';
import { saveFailureOf, setSaveFailure, subscribeSaveFailure } from '../state/saveFailures.ts';
import type { PlannerGroup } from './plannerGroup.ts';
import type { Planner } from './usePlanner.ts';

/** How the save reads the group as it is now, and names what it shows in a conflict. */
export interface SaveFlowOptions {
  /** The group as saved on the server now (default: GetTargetGroup, parsed). */
  latest?: (groupId: number) => Promise<PlannerGroup>;
  /** The period names ("February"), by index. */
  periodNames: readonly string[];
  /** A value as the grid shows it ("11,111.00"). */
  format: (value: number) => string;
  /** Told when a save starts (its time) and when it ends without saving (null): see useDraft. */
  saving?: (since: string | null) => void;
  /**
   * Told when a save that was sent ends without an answer: it may have been stored, so the draft
   * keeps saying so, until the planner edits again (see useDraft).
   */
  unanswered?: () => void;
  /**
   * Told what a save that went through saved ("Saved 2 changes."), to show it. The saved group is
   * shown by a new workspace (keyed by the group's version), whose own state starts afresh: this
   * is shown outside it (the workspace shows it as a toast, which says itself to screen readers).
   */
  saved: (text: string) => void;
}

const fetchLatest = (id: number): Promise<PlannerGroup> => fetchTargetGroup(id);

/**
 * One Save: SaveTargetGroup with only the planner's own changes (cells and locks), put on the
 * group as it is on the server just before the save (read again then), so values someone else
 * saved meanwhile are never sent back as they were; when their changes meet the planner's (see
 * rebaseEdits), nothing is saved and the page says which cells, with Reload. A refusal (400) stays
 * on screen with the server's sentence, also when a new load of the group replaces the grid as
 * the save fails (see saveFailures.ts); success drops the draft (the page then shows the saved
 * group, with the edits made while the save was under way still unsaved: see saveHandoff.ts).
 */
export function useSaveFlow(
  planner: Planner,
  group: PlannerGroup,
  save: (payload: PlannerGroup) => Promise<unknown>,
  onSaved: () => void,
  /**
   * For the view of the saved group (see saveHandoff.ts): the group and user (`key`), and where
   * the user is in the grid.
   */
  handoff: { key: string; view: () => GridView | undefined },
  options: SaveFlowOptions,
) {
  const [saving, setSaving] = useState(false);
  const reloading = useRef(false);
  const queryClient = useQueryClient();
  const {
    latest = fetchLatest,
    periodNames,
    format,
    saving: tellSaving,
    unanswered,
    saved: tellSaved,
  } = options;
  const { key } = handoff;
  const subscribe = useCallback((l: () => void) => subscribeSaveFailure(key, l), [key]);
  const stored = useSyncExternalStore(subscribe, () => saveFailureOf(key));
  const renewals = useSessionRenewals();
  const error = useMemo(() => failureNow(stored, renewals), [stored, renewals]);
  const setError = useCallback(
    (failure: SaveFailureText | null) =>
      setSaveFailure(
        key,
        failure?.sessionExpired ? { ...failure, renewalsAt: sessionRenewals() } : failure,
      ),
    [key],
  );

  const submit = useCallback(async () => {
    const { edits } = planner.get();
    if (edits.size === 0 || saving) return;
    // Counted now, from the state itself: `planner.changeCount` is as of the last redraw, which a
    // save started with the commit of a typed value (Ctrl+S in a cell) comes before.
    const count = countChanges(planner.get());
    setSaving(true);
    setError(null);
    tellSaving?.(new Date().toISOString());
    const endSave = startSave(handoff.key, {
      loaded: planner.get().base.loaded,
      sent: edits,
      latest: () => planner.get().edits,
      view: handoff.view,
    });
    let sent: PlannerGroup | undefined;
    try {
      // A group not yet on the server (id 0) has nobody else's changes to keep.
      const now = group.TargetGroupId > 0 ? await latest(group.TargetGroupId) : group;
      // Measured for the benchmark (a performance entry costs nothing otherwise).
      const start = performance.now();
      const merged =
        now === group
          ? ({ ok: true, payload: buildSavePayload(group, edits), othersChanged: false } as const)
          : rebaseEdits(group, planner.get().base.loaded, edits, now);
      performance.measure('targets:save-payload', { start, end: performance.now() });
      if (!merged.ok) {
        endSave();
        tellSaving?.(null);
        const labelOf = (id: number) =>
          planner.get().rows.find((r) => r.assignmentId === id)?.label ?? `row ${id}`;
        setError(
          saveConflictText(
            merged.conflicts,
            labelOf,
            (p) => periodNames[p] ?? `period ${p + 1}`,
            format,
          ),
        );
        return;
      }
      sent = merged.payload;
      await save(merged.payload);
      onSaved();
      tellSaved(savedText(count, merged.othersChanged));
    } catch (e) {
      endSave();
      // Nothing sent (the read before the save failed) or an answer saying it was not stored: the
      // draft says no save is under way. No answer to the save (connection lost, the page being
      // left), an unreadable one or a proxy's: it may have been stored, and the draft goes on
      // saying so.
      if (sent !== undefined && answerLost(e)) unanswered?.();
      else tellSaving?.(null);
      setError(
        saveFailureText(e, (i) => rowLabel(planner.get().rows, sent, i), sent !== undefined),
      );
    } finally {
      setSaving(false);
    }
  }, [
    planner,
    group,
    save,
    saving,
    onSaved,
    handoff,
    setError,
    latest,
    periodNames,
    format,
    tellSaving,
    unanswered,
    tellSaved,
  ]);

  /**
   * After a conflict: shows the group as it is now. The workspace that shows it gets the edits
   * back on top of the new values, from memory (the draft in storage is only what survives a
   * reload of the page, and some browsers keep none), with the same notice a restored draft has.
   */
  const reload = useCallback(async () => {
    // A second click while the group is read would hand the view over twice.
    if (reloading.current) return;
    reloading.current = true;
    // The new grid takes over where the user is, and the focus (Reload goes with the banner),
    // and the edits as they are when it shows (also those made while the group was read).
    const { edits } = planner.get();
    const endHandoff = startSave(handoff.key, {
      loaded: planner.get().base.loaded,
      sent: edits,
      latest: () => planner.get().edits,
      view: handoff.view,
      reloaded: (saved) => {
        const { loaded } = planner.get().base;
        const own = [...planner.get().edits].flatMap(([id, mine]) => {
          const a = loaded.get(id);
          return a ? [{ id, base: { values: a.Values, locked: !!a.Locked }, mine }] : [];
        });
        const now = new Map(saved.map((a) => [a.TargetAssignmentInfoId, a]));
        const onTop = draftOnTop(own, (id) => {
          const a = now.get(id);
          return a && { values: a.Values, locked: !!a.Locked };
        });
        return { ...onTop, savedAt: new Date().toISOString() };
      },
    });
    try {
      const now = await latest(group.TargetGroupId);
      setError(null);
      applySavedGroup(queryClient, now as TargetGroup);
    } catch (e) {
      endHandoff();
      setError(saveFailureText(e));
    } finally {
      reloading.current = false;
    }
  }, [planner, handoff, latest, group.TargetGroupId, setError, queryClient]);

  return { saving, error, submit, reload, dismissError: () => setError(null) };
}

function savedText(count: number, othersChanged: boolean): string {
  const saved = `Saved ${count} ${count === 1 ? 'change' : 'changes'}.`;
  return othersChanged ? `${saved} Changes someone else saved meanwhile are shown too.` : saved;
}

/** The name of the row at `index` of the body sent (for a refusal naming it by its place). */
function rowLabel(
  rows: readonly { assignmentId: number | null; label: string }[],
  sent: PlannerGroup | undefined,
  index: number,
): string | undefined {
  const id = sent?.TargetAssignments?.[index]?.TargetAssignmentInfoId;
  return id ? rows.find((r) => r.assignmentId === id)?.label : undefined;
}
