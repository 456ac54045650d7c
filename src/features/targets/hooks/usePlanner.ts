import { useCallback, useMemo, useRef, useState } from 'react';
import { actionSentence, undoneText } from '../model/actionText.ts';
import type { AssignmentForRows } from '../model/rows.ts';
import type { ActionResult, Edits } from '../model/types.ts';
import { restoreUnder } from '../model/restoreUnder.ts';
import {
  countChanges,
  createPlannerState,
  perform,
  redo as redoState,
  undo as undoState,
  type PlannerState,
} from '../state/plannerState.ts';

/**
 * A visible message under the toolbar, which is also the grid's live region: one element, so a
 * screen reader hears what the page shows and the text is on the page once.
 */
export interface PlannerNotice {
  tone: 'info' | 'warning';
  text: string;
  /** Counts the messages: the same sentence twice is a new message, said again. */
  id: number;
}

/**
 * The planner's controller state: the edited rows, undo/redo over whole actions, and the last
 * outcome message. Everything that changes values goes through `run` (one undoable action).
 * The current state is also kept in a ref, so handlers always act on the latest rows.
 */
export function usePlanner(
  assignments: readonly AssignmentForRows[],
  periods: number,
  /** The targets count things (MeasurementUnit Count): whole numbers, no currency. */
  counts = false,
  /** Unsaved edits to start with (made while the save that loaded this group was under way). */
  initialEdits?: Edits,
  /** The group may be changed: rows its own rights forbid changing are read-only (and say why). */
  rowRights = false,
) {
  const [state, setState] = useState<PlannerState>(() =>
    createPlannerState(assignments, periods, initialEdits ?? new Map(), { counts, rowRights }),
  );
  const current = useRef(state);
  const [notice, setNotice] = useState<PlannerNotice | null>(null);
  const said = useRef(0);

  const commit = useCallback((next: PlannerState) => {
    current.current = next;
    setState(next);
  }, []);

  const say = useCallback((text: string, tone: PlannerNotice['tone'] = 'info') => {
    said.current += 1;
    setNotice({ tone, text, id: said.current });
  }, []);

  /** Applies an action result; a refusal is said and changes nothing. Returns success. */
  const run = useCallback(
    (result: ActionResult, quiet = false): boolean => {
      if (!result.ok) {
        say(result.message, 'warning');
        return false;
      }
      commit(perform(current.current, result.action));
      if (quiet) setNotice(null);
      else say(actionSentence(result.action.label));
      return true;
    },
    [say, commit],
  );

  const undo = useCallback(() => {
    const r = undoState(current.current);
    if (!r.action) return say('Nothing to undo.');
    commit(r.state);
    say(undoneText('Undone', r.action.label));
  }, [say, commit]);

  const redo = useCallback(() => {
    const r = redoState(current.current);
    if (!r.action) return say('Nothing to redo.');
    commit(r.state);
    say(undoneText('Redone', r.action.label));
  }, [say, commit]);

  /** Replaces the edits (a restored draft, or none to discard), clearing the history. */
  const loadEdits = useCallback(
    (edits: Edits) => {
      const next = createPlannerState(assignments, periods, edits, { counts, rowRights });
      commit(next);
      return next;
    },
    [assignments, periods, counts, rowRights, commit],
  );

  /**
   * Puts a restored draft under the edits made since the page loaded (those win), keeping their
   * undo: the restore comes a moment after the grid is shown, and must not cost what was typed.
   */
  const loadUnder = useCallback(
    (restored: Edits) => {
      const now = current.current;
      const loadedOf = (id: number) => {
        const a = now.base.loaded.get(id);
        return a && { values: a.Values, locked: !!a.Locked };
      };
      const edits = restoreUnder(restored, now.edits, loadedOf);
      const next = {
        ...createPlannerState(assignments, periods, edits, { counts, rowRights }),
        stack: now.stack,
      };
      commit(next);
      return next;
    },
    [assignments, periods, counts, rowRights, commit],
  );

  const changeCount = useMemo(() => countChanges(state), [state]);
  const get = useCallback(() => current.current, []);

  return {
    state,
    get,
    changeCount,
    dirty: state.edits.size > 0,
    canUndo: state.stack.past.length > 0,
    canRedo: state.stack.future.length > 0,
    notice,
    setNotice,
    say,
    run,
    undo,
    redo,
    loadEdits,
    loadUnder,
  };
}

export type Planner = ReturnType<typeof usePlanner>;
