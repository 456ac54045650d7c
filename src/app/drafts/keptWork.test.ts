import { describe, expect, it } from 'vitest';
import { editorDraftKey, editorDraftOwner } from './editorDraft.ts';
import { draftKey } from '../../features/targets/model/draft.ts';
import { pendingCreateKey } from '../../features/workflows/logic/pendingCreate.ts';
import { pendingSaveKey } from '../../features/workflows/logic/pendingSave.ts';
import { sendAttemptKey } from '../../features/events/sendAttempt.ts';
import { forgetKeptWork, keptWorkKeys } from './keptWork.ts';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

describe('forgetKeptWork', () => {
  const admin = editorDraftOwner('', 'Admin');
  const adminElsewhere = editorDraftOwner('https://tenant.example.com/Cust1', 'admin');
  const planner = editorDraftOwner('', 'planner');

  it("removes every draft, pending create, save and send of the user on this server, and nobody else's", () => {
    const s = new MemoryStorage();
    const goal = editorDraftKey('/workflows/1/goals/1', admin);
    const mine = [
      goal,
      pendingCreateKey(editorDraftKey('/workflows/1/goals/new', admin)),
      pendingSaveKey(goal),
      editorDraftKey('/events?type=2', admin),
      sendAttemptKey(editorDraftKey('/events', admin)),
      draftKey(7, admin),
    ];
    const others = [
      editorDraftKey('/workflows/1/goals/1', planner),
      draftKey(7, planner),
      editorDraftKey('/workflows/1/goals/1', adminElsewhere),
      'flowdesk.settings.dateStyle',
    ];
    for (const k of [...mine, ...others]) s.setItem(k, '{}');
    expect(keptWorkKeys(s, admin).sort()).toEqual([...mine].sort());
    expect(forgetKeptWork(s, editorDraftOwner('', 'admin'))).toBe(mine.length);
    expect(Array.from({ length: s.length }, (_, i) => s.key(i)).sort()).toEqual(others.sort());
  });
});

describe('forgetKeptWork with tabs still open', () => {
  it('keeps the drafts of the tabs it is told are still open, and removes the rest', () => {
    const owner = editorDraftOwner('https://tenant', 'admin');
    const mine = encodeURIComponent(owner);
    const storage = new MemoryStorage();
    const open = `flowdesk.workflows.draft./workflows/1/options/2~tab-open.${mine}`;
    const openSave = `${open}.save`;
    const openTargets = `flowdesk.targets.draft.4~tab-open.${mine}`;
    const closed = `flowdesk.workflows.draft./workflows/1/goals/1~tab-gone.${mine}`;
    const older = `flowdesk.workflows.draft./events.${mine}`;
    for (const k of [open, openSave, openTargets, closed, older]) storage.setItem(k, '{}');
    expect(forgetKeptWork(storage, owner, new Set(['tab-open']))).toBe(2);
    expect(keptWorkKeys(storage, owner).sort()).toEqual([open, openSave, openTargets].sort());
  });
});
