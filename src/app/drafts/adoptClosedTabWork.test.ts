import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptClosedTabWork } from './adoptClosedTabWork.ts';
import {
  editorDraftKey,
  editorDraftOwner,
  readEditorDraft,
  serializeEditorDraft,
} from './editorDraft.ts';
import { editorTabDraftKey } from './editorTabDrafts.ts';
import { pendingSaveKey } from '../../features/workflows/logic/pendingSave.ts';

const owner = editorDraftOwner('http://127.0.0.1:4471', 'admin');
const address = '/workflows/1/options/4';
const keyOf = (tab: string) => editorTabDraftKey(address, owner, tab);
const draft = (name: string, at: string) =>
  serializeEditorDraft('base', { Name: name }, new Date(at));
const isNamed = (v: unknown): v is { Name: string } => typeof v === 'object' && v !== null;
const nameIn = (key: string) =>
  readEditorDraft(localStorage.getItem(key) ?? '', 'base', isNamed)?.values.Name;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('adoptClosedTabWork', () => {
  it("takes the newest closed tab's draft whole, with its save under way, and marks it", () => {
    localStorage.setItem(keyOf('old'), draft('Older', '2026-01-01T10:00:00Z'));
    localStorage.setItem(keyOf('new'), draft('Newer', '2026-01-01T11:00:00Z'));
    localStorage.setItem(pendingSaveKey(keyOf('new')), '{"v":1}');
    localStorage.setItem(keyOf('live'), draft('Live', '2026-01-01T12:00:00Z'));
    adoptClosedTabWork(localStorage, address, owner, { id: 'me', live: new Set(['me', 'live']) });
    expect(nameIn(keyOf('me'))).toBe('Newer');
    expect(
      readEditorDraft(localStorage.getItem(keyOf('me'))!, 'base', isNamed)?.fromClosedTab,
    ).toBe(true);
    expect(localStorage.getItem(pendingSaveKey(keyOf('me')))).toBe('{"v":1}');
    expect(localStorage.getItem(keyOf('new'))).toBeNull();
    expect(localStorage.getItem(pendingSaveKey(keyOf('new')))).toBeNull();
    // One draft is taken: the older waits for the next tab; a live tab's is never taken.
    expect(nameIn(keyOf('old'))).toBe('Older');
    expect(nameIn(keyOf('live'))).toBe('Live');
  });

  it('takes nothing when the tab has work of its own there', () => {
    localStorage.setItem(keyOf('closed'), draft('Closed', '2026-01-01T11:00:00Z'));
    localStorage.setItem(pendingSaveKey(keyOf('me')), '{"v":1}');
    adoptClosedTabWork(localStorage, address, owner, { id: 'me', live: new Set(['me']) });
    expect(localStorage.getItem(keyOf('me'))).toBeNull();
    expect(nameIn(keyOf('closed'))).toBe('Closed');
  });

  it('takes a draft kept under the older per-address key, not marked as a closed tab’s', () => {
    localStorage.setItem(editorDraftKey(address, owner), draft('Before', '2026-01-01T11:00:00Z'));
    adoptClosedTabWork(localStorage, address, owner, { id: 'me', live: null });
    expect(nameIn(keyOf('me'))).toBe('Before');
    expect(
      readEditorDraft(localStorage.getItem(keyOf('me'))!, 'base', isNamed)?.fromClosedTab,
    ).toBe(false);
    expect(localStorage.getItem(editorDraftKey(address, owner))).toBeNull();
  });

  it('leaves the closed tab’s work where it was when storage is full', () => {
    localStorage.setItem(keyOf('closed'), draft('Closed', '2026-01-01T11:00:00Z'));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    adoptClosedTabWork(localStorage, address, owner, { id: 'me', live: new Set(['me']) });
    expect(localStorage.getItem(keyOf('me'))).toBeNull();
    expect(nameIn(keyOf('closed'))).toBe('Closed');
  });
});
