import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { countOf } from '../logic/countText.ts';

/** The paths a save would delete with the split steps taken off this path. */
export interface DroppedPaths {
  /** The paths' names, in the order their splits listed them. */
  names: string[];
  /** Every step on those paths, splits inside them and their paths' steps included. */
  steps: number;
}

const stepsUnder = (steps: readonly WorkflowStepBase[]): number =>
  steps.reduce(
    (n, s) => n + 1 + (s.Options ?? []).reduce((m, o) => m + stepsUnder(o.Steps ?? []), 0),
    0,
  );

/**
 * The paths of the split steps that were on the path when it was opened (`opened`) and are not
 * in `now`: the server deletes a split's paths, with their steps, when the split is saved away.
 * Null when no path goes.
 */
export function droppedSplitPaths(
  opened: readonly WorkflowStepBase[],
  now: readonly WorkflowStepBase[],
): DroppedPaths | null {
  const kept = new Set(now.map((s) => s.WorkflowStepId));
  const paths = opened
    .filter((s) => s.StepType === 'Split' && !kept.has(s.WorkflowStepId))
    .flatMap((s) => s.Options ?? []);
  if (paths.length === 0) return null;
  return {
    names: paths.map((o) => o.Name?.trim() || 'Unnamed option'),
    steps: paths.reduce((n, o) => n + stepsUnder(o.Steps ?? []), 0),
  };
}

/** “A customers” and “Everyone else”: names in quotes, joined as a sentence lists them. */
function namesText(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** “2 paths, “A customers” and “Everyone else”, with their 3 steps”. */
function pathsText(d: DroppedPaths): string {
  const their = d.names.length === 1 ? 'its' : 'their';
  const steps = d.steps === 0 ? 'no steps' : `${their} ${countOf(d.steps, 'step')}`;
  return `${countOf(d.names.length, 'path')}, ${namesText(d.names)}, with ${steps}`;
}

/** What the Save asks before it deletes the paths. */
export const dropPathsQuestion = (d: DroppedPaths): string =>
  `Save and delete ${pathsText(d)}? This cannot be undone.`;

/** What the save note adds once they are deleted. */
export const dropPathsNote = (d: DroppedPaths): string =>
  `Deleted with the removed split: ${pathsText(d)}.`;

/**
 * What goes with a deleted path, said after its name in the delete question: its steps, and the
 * paths of the splits among them with their steps. Null for a path with no steps.
 */
export function deletedWithPath(steps: readonly WorkflowStepBase[]): string | null {
  if (steps.length === 0) return null;
  const own = `with its ${countOf(steps.length, 'step')}`;
  const paths = droppedSplitPaths(steps, []);
  if (!paths) return own;
  const splits = steps.filter((s) => s.StepType === 'Split' && (s.Options ?? []).length > 0);
  const their = paths.names.length === 1 ? 'its' : 'their';
  const under = paths.steps === 0 ? 'no steps' : `${their} ${countOf(paths.steps, 'step')}`;
  return `${own} and the ${countOf(paths.names.length, 'path')} of its ${splits.length === 1 ? 'split' : 'splits'} (${namesText(paths.names)}) with ${under}`;
}
