/**
 * What "Discard all changes" says once confirmed, under the toolbar and in the live region: it
 * replaces the last action's sentence ("Pasted 2 × 2 cells…"), which no longer holds, as the
 * discard took that action away and cannot itself be undone.
 */
export function discardedAllText(count: number): string {
  const changes = `${count} unsaved ${count === 1 ? 'change' : 'changes'}`;
  return `Discarded ${changes}. The grid shows the saved targets.`;
}
