/**
 * Which unsaved-changes guards are dirty right now, app-wide: a session that expires while work
 * is unsaved is renewed in place (SessionExpiredDialog) instead of leaving the page.
 */
const dirtyGuards = new Set<string>();

export function setUnsavedWork(guardId: string, dirty: boolean): void {
  if (dirty) dirtyGuards.add(guardId);
  else dirtyGuards.delete(guardId);
}

export function hasUnsavedWork(): boolean {
  return dirtyGuards.size > 0;
}
