import { nameRows } from './applyPaste.ts';

/**
 * What a planner is told on typing, pasting into or clearing a locked row: that it is locked and
 * what to do, which depends on whether they may unlock it ("Henry Shaw is locked." said neither).
 */
export function lockedRowText(label: string, mayUnlock: boolean): string {
  return mayUnlock
    ? `${label} is locked, so its targets cannot be changed: unlock it first (Row actions, Unlock row).`
    : `${label} is locked, so its targets cannot be changed: ask someone who may lock and unlock targets to unlock it.`;
}

/**
 * The next step after a paste refused over locked rows ("Nothing was changed." said no more):
 * unlock the rows the user may unlock, ask someone who may for the others, then paste again.
 */
export function lockedPasteNextStep(
  mayUnlock: readonly string[],
  mayNot: readonly string[],
): string {
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  const ask = 'ask someone who may lock and unlock targets to unlock';
  if (mayNot.length === 0)
    return `Unlock ${them(mayUnlock.length)} first (Row actions, Unlock row), then paste again.`;
  if (mayUnlock.length === 0)
    return `Ask someone who may lock and unlock targets to unlock ${them(mayNot.length)}, then paste again.`;
  return `Unlock ${nameRows(mayUnlock)} first (Row actions, Unlock row) and ${ask} ${nameRows(mayNot)}, then paste again.`;
}
