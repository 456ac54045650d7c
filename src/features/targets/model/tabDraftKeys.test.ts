import { describe, expect, it } from 'vitest';
import { keptWorkKeys } from '../../../app/drafts/keptWork.ts';
import { draftKey, draftOwner } from './draft.ts';
import { draftsToRestore, groupDraftKeys, tabDraftKey } from './tabDraftKeys.ts';

const planner = draftOwner('', 'planner');
const viewer = draftOwner('', 'viewer');

describe('tabDraftKeys', () => {
  it("keys a tab's draft by group, tab and owner, ending in the owner as sign-out expects", () => {
    const key = tabDraftKey(7, planner, 'tab-a');
    expect(key).toBe('flowdesk.targets.draft.7~tab-a.%7Cplanner');
    expect(tabDraftKey(7, planner, 'tab-b')).not.toBe(key);
    const storage = { length: 1, key: () => key };
    expect(keptWorkKeys(storage, planner)).toEqual([key]);
    expect(keptWorkKeys(storage, viewer)).toEqual([]);
  });

  it("finds a group's drafts of one owner, the older per-group key with no tab", () => {
    const keys = [
      tabDraftKey(7, planner, 'tab-a'),
      tabDraftKey(7, planner, 'tab-b'),
      draftKey(7, planner),
      tabDraftKey(17, planner, 'tab-a'),
      tabDraftKey(7, viewer, 'tab-a'),
      'flowdesk.workflows.draft./workflows/7.%7Cplanner',
      'other',
    ];
    expect(groupDraftKeys(keys, 7, planner)).toEqual([
      { key: keys[0], tabId: 'tab-a' },
      { key: keys[1], tabId: 'tab-b' },
      { key: keys[2], tabId: null },
    ]);
  });

  it("restores a tab's own draft and those no live tab holds, never a live tab's", () => {
    const found = groupDraftKeys(
      [
        tabDraftKey(7, planner, 'me'),
        tabDraftKey(7, planner, 'live'),
        tabDraftKey(7, planner, 'closed'),
        draftKey(7, planner),
      ],
      7,
      planner,
    );
    const { own, orphans } = draftsToRestore(found, 'me', new Set(['me', 'live']));
    expect(own?.tabId).toBe('me');
    expect(orphans.map((d) => d.tabId)).toEqual(['closed', null]);
    expect(draftsToRestore(found, 'new', new Set(['new', 'live', 'me'])).own).toBeNull();
  });
});
