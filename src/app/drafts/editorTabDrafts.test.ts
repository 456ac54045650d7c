import { describe, expect, it } from 'vitest';
import { editorDraftKey, editorDraftOwner } from './editorDraft.ts';
import { editorTabDraftKey, editorTabWork, editorWorkToAdopt } from './editorTabDrafts.ts';
import { keptWorkKeys } from './keptWork.ts';
import { pendingSaveKey } from '../../features/workflows/logic/pendingSave.ts';
import { sendAttemptKey } from '../../features/events/sendAttempt.ts';

const admin = editorDraftOwner('http://127.0.0.1:4471', 'admin');
const planner = editorDraftOwner('http://127.0.0.1:4471', 'planner');
const option = '/workflows/1/options/4';

describe('editorTabDrafts', () => {
  it("keys a tab's draft by address, tab and owner, ending in the owner as sign-out expects", () => {
    const key = editorTabDraftKey(option, admin, 'tab-a');
    expect(key).toBe(
      'flowdesk.workflows.draft./workflows/1/options/4~tab-a.http%3A%2F%2F127.0.0.1%3A4471%7Cadmin',
    );
    expect(editorTabDraftKey(option, admin, 'tab-b')).not.toBe(key);
    const keys = [key, pendingSaveKey(key)];
    const storage = { length: keys.length, key: (i: number) => keys[i] ?? null };
    expect(keptWorkKeys(storage, admin)).toEqual(keys);
    expect(keptWorkKeys(storage, planner)).toEqual([]);
  });

  it("finds an editor's work per tab, with what was under way, and the older key's with no tab", () => {
    const a = editorTabDraftKey(option, admin, 'tab-a');
    const b = editorTabDraftKey(option, admin, 'tab-b');
    const old = editorDraftKey(option, admin);
    const keys = [
      a,
      pendingSaveKey(a),
      pendingSaveKey(b),
      old,
      editorTabDraftKey('/workflows/1/options/40', admin, 'tab-a'),
      editorTabDraftKey(option, planner, 'tab-a'),
      editorTabDraftKey('/events', admin, 'tab-a'),
      'other',
    ];
    expect(editorTabWork(keys, option, admin)).toEqual([
      { draftKey: a, tabId: 'tab-a', keys: [a, pendingSaveKey(a)] },
      { draftKey: b, tabId: 'tab-b', keys: [pendingSaveKey(b)] },
      { draftKey: old, tabId: null, keys: [old] },
    ]);
    // An address with a query: /events and /events?type=2 are two editors.
    const events = editorTabDraftKey('/events?type=2', admin, 'tab-a');
    expect(editorTabWork([events, sendAttemptKey(events)], '/events', admin)).toEqual([]);
    expect(editorTabWork([events, sendAttemptKey(events)], '/events?type=2', admin)).toEqual([
      { draftKey: events, tabId: 'tab-a', keys: [events, sendAttemptKey(events)] },
    ]);
  });

  it("offers what no live tab holds, newest first, never a live tab's or its own", () => {
    const found = editorTabWork(
      ['me', 'live', 'closed-old', 'closed-new'].map((t) => editorTabDraftKey(option, admin, t)),
      option,
      admin,
    ).concat(editorTabWork([editorDraftKey(option, admin)], option, admin));
    const savedAt: Record<string, string> = {
      'closed-old': '2026-01-01T10:00:00Z',
      'closed-new': '2026-01-01T11:00:00Z',
    };
    const at = (w: { tabId: string | null }) => savedAt[w.tabId ?? ''] ?? '';
    const live = new Set(['me', 'live']);
    expect(editorWorkToAdopt(found, 'me', live, at).map((w) => w.tabId)).toEqual([
      'closed-new',
      'closed-old',
      null,
    ]);
    // Without Web Locks no tab can be told closed: only the older key is taken.
    expect(editorWorkToAdopt(found, 'me', null, at).map((w) => w.tabId)).toEqual([null]);
  });
});
