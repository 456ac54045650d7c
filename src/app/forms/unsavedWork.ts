/**
 * Which unsaved-changes guards are dirty right now, app-wide: a session that expires while work
 * is unsaved is renewed in place (SessionExpiredDialog) instead of leaving the page. Each guard
 * says what the page does with its work, so the dialog can say what to do once signed in again.
 */
export type UnsavedAction = 'save' | 'send' | 'upload';

const dirtyGuards = new Map<string, UnsavedAction>();

export function setUnsavedWork(
  guardId: string,
  dirty: boolean,
  action: UnsavedAction = 'save',
): void {
  if (dirty) dirtyGuards.set(guardId, action);
  else dirtyGuards.delete(guardId);
}

export function hasUnsavedWork(): boolean {
  return dirtyGuards.size > 0;
}

/** What the unsaved work waits for: to be saved, unless every guard holding some says otherwise. */
export function unsavedWorkAction(): UnsavedAction {
  const actions = new Set(dirtyGuards.values());
  return actions.size === 1 ? [...actions][0] : 'save';
}
