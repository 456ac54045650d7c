/** What the goal and option editors know about a draft they brought back. */
export interface EditorDraftState {
  what: 'option' | 'goal';
  /** The record was saved after the draft was made (the draft is shown on top of it). */
  stale: boolean;
  /** A new option or goal has no saved one to go back to: Discard starts it afresh. */
  isNew: boolean;
  /**
   * A create of this new one, or a save of this existing one, was under way when the page went
   * (or its answer was lost): it may have been stored.
   */
  mayBeStored: boolean;
}

/**
 * What the notice of an option or goal brought back by a reload (or from a closed tab) says: that
 * the record was saved since, that the edits may have been stored already, or that they were not
 * saved yet, with what Save and Discard then do.
 */
export function editorDraftNoticeText(
  when: string,
  { what, stale, isNew, mayBeStored }: EditorDraftState,
): { title: string; body: string } {
  const title = `Your unsaved changes from ${when} are back`;
  if (stale)
    return {
      title,
      body: `This ${what} was saved after your changes were made. What you changed is shown on top of the saved ${what}: check it before saving, or discard your changes to see the saved ${what}.`,
    };
  if (isNew && mayBeStored)
    return {
      title,
      body: `This ${what} may have been saved already: its save got no answer, or the page went while it was under way. Press Save: Flowdesk first looks for it in the flow and offers to open it, so it is not created twice.`,
    };
  if (mayBeStored)
    return {
      title,
      body: 'These changes may have been saved already: their save got no answer, or the page went while it was under way. Press Save: if the server has them already, Flowdesk says so rather than saving them again.',
    };
  if (isNew)
    return {
      title,
      body: `This ${what} was not saved yet. Save to keep it, or discard your changes to start it afresh.`,
    };
  return {
    title,
    body: `They were not saved yet. Save to keep them, or discard them to go back to the saved ${what}.`,
  };
}
