import { describe, expect, it } from 'vitest';
import { editorDraftNoticeText } from './draftNoticeText.ts';

const when = 'Nov 24, 2026, 6:00 PM';
const state = { what: 'goal' as const, stale: false, isNew: false, mayBeStored: false };

describe('the notice of an option or goal brought back by a reload', () => {
  it('says when the changes were made', () => {
    expect(editorDraftNoticeText(when, state).title).toBe(
      'Your unsaved changes from Nov 24, 2026, 6:00 PM are back',
    );
  });

  it('says what Save and Discard do with changes not saved yet', () => {
    expect(editorDraftNoticeText(when, state).body).toBe(
      'They were not saved yet. Save to keep them, or discard them to go back to the saved goal.',
    );
    expect(editorDraftNoticeText(when, { ...state, what: 'option', isNew: true }).body).toBe(
      'This option was not saved yet. Save to keep it, or discard your changes to start it afresh.',
    );
  });

  it('says first that the record was saved after the changes were made', () => {
    expect(editorDraftNoticeText(when, { ...state, stale: true, mayBeStored: true }).body).toBe(
      'This goal was saved after your changes were made. What you changed is shown on top of the saved goal: check it before saving, or discard your changes to see the saved goal.',
    );
  });

  it('says a save or create that may have landed, and that Save will not do it twice', () => {
    expect(editorDraftNoticeText(when, { ...state, mayBeStored: true }).body).toMatch(
      /^These changes may have been saved already: .* if the server has them already, Flowdesk says so rather than saving them again\.$/,
    );
    expect(editorDraftNoticeText(when, { ...state, isNew: true, mayBeStored: true }).body).toMatch(
      /^This goal may have been saved already: .*so it is not created twice\.$/,
    );
  });
});
