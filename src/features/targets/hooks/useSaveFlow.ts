import { useCallback, useState, useSyncExternalStore } from 'react';
import { buildSavePayload } from '../model/buildSavePayload.ts';
import { saveFailureText, type SaveFailureText } from '../model/saveFailureText.ts';
import type { GridView } from '../grid/types.ts';
import { startSave } from '../state/saveHandoff.ts';
import { saveFailureOf, setSaveFailure, subscribeSaveFailure } from '../state/saveFailures.ts';
import type { PlannerGroup } from './plannerGroup.ts';
import type { Planner } from './usePlanner.ts';

/**
 * One Save: SaveTargetGroup with the loaded group and every edit applied. A refusal (400) stays
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
) {
  const [saving, setSaving] = useState(false);
  const { key } = handoff;
  const subscribe = useCallback((l: () => void) => subscribeSaveFailure(key, l), [key]);
  const error = useSyncExternalStore(subscribe, () => saveFailureOf(key));
  const setError = useCallback(
    (failure: SaveFailureText | null) => setSaveFailure(key, failure),
    [key],
  );

  const submit = useCallback(async () => {
    const { edits } = planner.get();
    if (edits.size === 0 || saving) return;
    setSaving(true);
    setError(null);
    const endSave = startSave(handoff.key, {
      loaded: planner.get().base.loaded,
      sent: edits,
      latest: () => planner.get().edits,
      view: handoff.view,
    });
    try {
      // Measured for the benchmark (a performance entry costs nothing otherwise).
      const start = performance.now();
      const payload = buildSavePayload(group, edits);
      performance.measure('targets:save-payload', { start, end: performance.now() });
      await save(payload);
      onSaved();
      planner.say(
        `Saved ${planner.changeCount} ${planner.changeCount === 1 ? 'change' : 'changes'}.`,
      );
    } catch (e) {
      endSave();
      setError(saveFailureText(e));
    } finally {
      setSaving(false);
    }
  }, [planner, group, save, saving, onSaved, handoff, setError]);

  return { saving, error, submit, dismissError: () => setError(null) };
}
