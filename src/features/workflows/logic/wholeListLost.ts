import { sameStored } from '../../../app/forms/sameStored.ts';

/**
 * "Save mine anyway" writes the user's changed fields over the other version, and a goal's
 * restriction groups go as ONE field: the whole list is replaced. (An option's steps have a
 * stable id and are merged step by step instead: option/mergeSteps, option/stepsMergeNote.) Groups
 * carry nothing that identifies one across versions (no id; names and ranks change), so the two
 * lists cannot be merged group by group. When both the user and the other person changed that
 * list, this says, before the user chooses, that the other person's changes to it are lost; null
 * when nothing of theirs is lost so.
 */
export function wholeListLost(
  what: 'goal' | 'option',
  opened: unknown,
  theirs: unknown,
  mine: unknown,
): string | null {
  const key = what === 'goal' ? 'RestrictionGroups' : 'Steps';
  const list = (v: unknown) => (v as Record<string, unknown> | null | undefined)?.[key];
  if (sameStored(list(mine), list(opened)) || sameStored(list(theirs), list(opened))) return null;
  const words = what === 'goal' ? ['restriction groups', 'groups'] : ['steps', 'steps'];
  return `They also changed the ${words[0]}. Save mine anyway replaces all the ${words[1]} with yours, so their changes to the ${words[1]} are lost.`;
}
