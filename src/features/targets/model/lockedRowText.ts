/**
 * What a planner is told on typing, pasting into or clearing a locked row: that it is locked and
 * what to do, which depends on whether they may unlock it ("Henry Shaw is locked." said neither).
 */
export function lockedRowText(label: string, mayUnlock: boolean): string {
  return mayUnlock
    ? `${label} is locked, so its targets cannot be changed: unlock it first (Row actions, Unlock row).`
    : `${label} is locked, so its targets cannot be changed: ask someone who may lock and unlock targets to unlock it.`;
}
