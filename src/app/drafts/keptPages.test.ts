import { describe, expect, it } from 'vitest';
import { holdsKeptChanges, keptPages } from './keptPages.ts';

const owner = 'http://sandbox|admin';
const mine = encodeURIComponent(owner);

describe('keptPages', () => {
  it('names and links each page whose drafts this owner keeps, once, without tabs or pending work', () => {
    const keys = [
      `flowdesk.workflows.draft./workflows/1/goals/2~tab-a.${mine}`,
      `flowdesk.workflows.draft./workflows/1/goals/2~tab-b.${mine}`,
      `flowdesk.workflows.draft./workflows/1/options/3~tab-a.${mine}.save`,
      `flowdesk.workflows.draft./workflows/2/options/new?step=7~tab-a.${mine}`,
      `flowdesk.workflows.draft./events.${mine}`,
      `flowdesk.workflows.draft./settings~tab-a.${mine}`,
      `flowdesk.targets.draft.12~tab-a.${mine}`,
      `flowdesk.targets.draft.13.${mine}`,
      'flowdesk.settings.lastYear',
    ];
    expect(keptPages(keys, owner)).toEqual([
      { address: '/workflows/1/goals/2', label: 'Goal 2 of flow 1' },
      { address: '/workflows/1/options/3', label: 'Option 3 of flow 1' },
      { address: '/workflows/2/options/new?step=7', label: 'New option of flow 2' },
      { address: '/events', label: 'Events' },
      { address: '/settings', label: 'Settings' },
      // Without their text, the group only.
      { address: '/targets', label: 'Targets (group 12)' },
      { address: '/targets', label: 'Targets (group 13)' },
    ]);
  });

  it('leaves out another user’s drafts and the page the user is on', () => {
    const other = encodeURIComponent('http://sandbox|planner');
    const keys = [
      `flowdesk.workflows.draft./workflows/1/goals/2~tab-a.${other}`,
      `flowdesk.workflows.draft./workflows/1/goals/1~tab-a.${mine}`,
      `flowdesk.workflows.draft./events~tab-a.${mine}`,
    ];
    expect(keptPages(keys, owner, { except: '/events' })).toEqual([
      { address: '/workflows/1/goals/1', label: 'Goal 1 of flow 1' },
    ]);
  });

  it('leaves out the drafts of other tabs still open, which signing out here leaves alone', () => {
    const keys = [
      `flowdesk.workflows.draft./workflows/1/goals/2~tab-open.${mine}`,
      `flowdesk.workflows.draft./workflows/1/options/3~tab-open.${mine}.save`,
      `flowdesk.targets.draft.12~tab-open.${mine}`,
      `flowdesk.workflows.draft./workflows/1/goals/1~tab-gone.${mine}`,
    ];
    expect(keptPages(keys, owner, { openTabs: new Set(['tab-open']) })).toEqual([
      { address: '/workflows/1/goals/1', label: 'Goal 1 of flow 1' },
    ]);
  });

  it('leaves out a targets draft holding no edits, only the cells its tab set back', () => {
    const empty = `flowdesk.targets.draft.12~tab-a.${mine}`;
    const texts = new Map([[empty, '{"v":2,"groupId":12,"edits":[],"reverted":[[1,0]]}']]);
    const read = (key: string) => texts.get(key) ?? null;
    expect(keptPages([empty], owner, { read })).toEqual([]);
  });
  it('names and links a targets draft by the page it was written on: its year and target type', () => {
    const texts = new Map([
      [
        `flowdesk.targets.draft.12~tab-a.${mine}`,
        '{"v":2,"groupId":12,"edits":[1],"page":{"year":2025}}',
      ],
      [
        `flowdesk.targets.draft.14~tab-a.${mine}`,
        '{"v":2,"groupId":14,"edits":[1],"page":{"year":2026,"type":3}}',
      ],
      [`flowdesk.targets.draft.13.${mine}`, '{"v":2,"groupId":13,"edits":[1]}'],
    ]);
    const read = (key: string) => texts.get(key) ?? null;
    expect(keptPages(texts.keys(), owner, { read })).toEqual([
      { address: '/targets?year=2025', label: 'Targets 2025' },
      { address: '/targets?year=2026&type=3', label: 'Targets 2026, target type 3' },
      // Written before drafts said their page: the group, and the page to pick it on.
      { address: '/targets', label: 'Targets (group 13)' },
    ]);
  });

  it('leaves out the targets draft of the page the user is on, however its address names it', () => {
    const now = new Date(2026, 5, 1);
    const key = `flowdesk.targets.draft.12~tab-a.${mine}`;
    const read = () => '{"v":2,"groupId":12,"edits":[1],"page":{"year":2026}}';
    for (const here of ['/targets', '/targets?year=2026', '/targets?type=&year=2026'])
      expect(keptPages([key], owner, { except: here, read, now })).toEqual([]);
    expect(keptPages([key], owner, { except: '/targets?year=2026&type=3', read, now })).toEqual([
      { address: '/targets?year=2026', label: 'Targets 2026' },
    ]);
  });
  it('leaves out the targets draft of the page the user is on when the address names its default type or not', () => {
    const now = new Date(2026, 5, 1);
    const key = `flowdesk.targets.draft.12~tab-a.${mine}`;
    // Written on /targets?year=2026&type=1, type 1 being the default: the page /targets?year=2026.
    const read = () =>
      '{"v":2,"groupId":12,"edits":[1],"page":{"year":2026,"type":1,"defaultType":1}}';
    for (const here of ['/targets', '/targets?year=2026', '/targets?year=2026&type=1'])
      expect(keptPages([key], owner, { except: here, read, now })).toEqual([]);
    expect(keptPages([key], owner, { except: '/targets?year=2026&type=3', read, now })).toEqual([
      { address: '/targets?year=2026', label: 'Targets 2026' },
    ]);
  });

  it('names the default type of a year once, whether a draft was written with ?type or not', () => {
    const texts = new Map([
      [
        `flowdesk.targets.draft.12~tab-a.${mine}`,
        '{"v":2,"groupId":12,"edits":[1],"page":{"year":2026}}',
      ],
      [
        `flowdesk.targets.draft.12~tab-b.${mine}`,
        '{"v":2,"groupId":12,"edits":[1],"page":{"year":2026,"type":1,"defaultType":1}}',
      ],
      [
        `flowdesk.targets.draft.14~tab-b.${mine}`,
        '{"v":2,"groupId":14,"edits":[1],"page":{"year":2026,"type":3,"defaultType":1}}',
      ],
    ]);
    const read = (key: string) => texts.get(key) ?? null;
    expect(keptPages(texts.keys(), owner, { read })).toEqual([
      { address: '/targets?year=2026', label: 'Targets 2026' },
      { address: '/targets?year=2026&type=3', label: 'Targets 2026, target type 3' },
    ]);
  });
});

describe('holdsKeptChanges', () => {
  it('is false only for a targets draft with no edits', () => {
    const targets = `flowdesk.targets.draft.12~tab-a.${mine}`;
    expect(holdsKeptChanges(targets, '{"v":2,"groupId":12,"edits":[]}')).toBe(false);
    expect(
      holdsKeptChanges(targets, '{"v":2,"groupId":12,"edits":[[1,[2],false,[1],false]]}'),
    ).toBe(true);
    expect(holdsKeptChanges(`flowdesk.workflows.draft./events.${mine}`, '{"edits":[]}')).toBe(true);
  });
});
