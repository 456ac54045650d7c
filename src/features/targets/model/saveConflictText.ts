import type { SaveConflict } from './rebaseEdits.ts';
import type { SaveFailureText } from './saveFailureText.ts';

const SHOWN = 5;

/** "A, B and C", or "A, B, C, D, E and 3 more". */
function list(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * What the page says when a save is held back because someone else saved the group after it was
 * opened and their changes meet the planner's (see rebaseEdits): which rows and cells, and what
 * to do. `reload`: the banner offers Reload (the planner's changes, kept in memory, come back on top of the new values, except
 * for rows locked or removed since and after a change of period type, which the text says).
 */
export function saveConflictText(
  conflicts: readonly SaveConflict[],
  labelOf: (assignmentId: number) => string,
  periodName: (period: number) => string,
  format: (value: number) => string,
): SaveFailureText {
  const cells: string[] = [];
  const locked: string[] = [];
  const removed: string[] = [];
  let periods = false;
  for (const c of conflicts) {
    if (c.kind === 'cell')
      cells.push(
        `${labelOf(c.assignmentId)}, ${periodName(c.period)} (theirs ${format(c.theirs)}, yours ${format(c.yours)})`,
      );
    else if (c.kind === 'locked') locked.push(labelOf(c.assignmentId));
    else if (c.kind === 'removed') removed.push(labelOf(c.assignmentId));
    else periods = true;
  }
  const sentences = [
    cells.length
      ? `Someone saved these targets after you opened them and changed what you changed too: ${list(cells)}.`
      : 'Someone saved these targets after you opened them.',
  ];
  if (locked.length) sentences.push(`They locked rows you changed: ${list(locked)}.`);
  if (removed.length) sentences.push(`They removed rows you changed: ${list(removed)}.`);
  // What Reload brings back is what restoreDraft keeps: not values for periods that are gone,
  // nor changes to rows locked or removed since. Say so before the planner reloads.
  if (periods)
    sentences.push(
      'They changed the period type, so your changes no longer fit its periods and will not come back after a reload: note them first if you still want them, then reload.',
    );
  else if (locked.length || removed.length)
    sentences.push(
      `Reload to see their values, then save again. Your other changes are kept and come back on top of their values; those to ${list([...locked, ...removed])} cannot be kept, so note them first.`,
    );
  else
    sentences.push(
      'Reload to see their values — your changes are kept and come back on top of them — then save again.',
    );
  return { title: 'The targets were not saved', text: sentences.join(' '), reload: true };
}
