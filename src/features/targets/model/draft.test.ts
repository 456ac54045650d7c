import { describe, expect, it } from 'vitest';
import { buildSavePayload } from './buildSavePayload.ts';
import {
  draftKey,
  draftOwner,
  groupStamp,
  restoreDraft,
  serializeDraft,
  withoutReadOnlyRows,
  type RestoredDraft,
} from './draft.ts';
import { draftPageOf } from './draftPage.ts';
import type { AssignmentEdit } from './types.ts';
import { readKeptObject } from '../../../app/storage/keptJson.ts';

const group = {
  TargetGroupId: 7,
  Year: 2026,
  Extra: { keep: true },
  TargetAssignments: [
    { TargetAssignmentInfoId: 1, Values: [1, 2], Locked: false, Currency: null, Unknown: 'x' },
    { TargetAssignmentInfoId: 2, Values: [3, 4], Locked: true },
    { TargetAssignmentInfoId: -1, Values: [0, 0], Locked: false },
  ],
};

describe('draft', () => {
  const edits = new Map<number, AssignmentEdit>([[1, { values: [9, 2], locked: true }]]);
  const now = new Date('2026-03-01T10:00:00Z');
  const rowsOf = (g: typeof group) => (id: number) => {
    const a = g.TargetAssignments.find((x) => x.TargetAssignmentInfoId === id);
    return a && { values: a.Values, locked: a.Locked };
  };
  const base = rowsOf(group);

  it('round-trips edits for the same group and loaded state', () => {
    const stamp = groupStamp(group);
    const text = serializeDraft(7, stamp, edits, base, now);
    expect(restoreDraft(text, 7, stamp, base)).toEqual({
      edits,
      savedAt: '2026-03-01T10:00:00.000Z',
      rebased: false,
      conflicts: [],
      dropped: [],
    });
  });

  it('keeps the cells set back to the value loaded, also after someone saved the group', () => {
    const stamp = groupStamp(group);
    const reverted = [{ assignmentId: 1, period: 1 }];
    const text = serializeDraft(7, stamp, edits, base, now, undefined, reverted);
    expect(restoreDraft(text, 7, stamp, base)?.reverted).toEqual(reverted);
    expect(restoreDraft(text, 7, 'saved since', base)?.reverted).toEqual(reverted);
    expect(
      restoreDraft(serializeDraft(7, stamp, edits, base, now), 7, stamp, base),
    ).not.toHaveProperty('reverted');
  });

  it('says the page it was written on, its year and target type, for a link back to it', () => {
    const stamp = groupStamp(group);
    const page = (dimensionId: number | null, defaultDimensionId: number | null) => {
      const text = serializeDraft(7, stamp, edits, base, now, undefined, [], {
        year: 2026,
        dimensionId,
        defaultDimensionId,
      });
      return draftPageOf(readKeptObject(text)!);
    };
    expect(page(1, 1)).toEqual({ year: 2026, dimensionId: 1, defaultDimensionId: 1 });
    expect(page(3, null)).toEqual({ year: 2026, dimensionId: 3, defaultDimensionId: null });
    expect(draftPageOf(readKeptObject(serializeDraft(7, stamp, edits, base, now))!)).toBeNull();
  });

  it('is kept per user and server: another user signing in on the same browser has another key', () => {
    const planner = draftOwner('', 'planner');
    expect(draftKey(7, planner)).toBe('flowdesk.targets.draft.7.%7Cplanner');
    expect(draftKey(7, draftOwner('', 'Planner '))).toBe(draftKey(7, planner));
    expect(draftKey(7, draftOwner('', 'viewer'))).not.toBe(draftKey(7, planner));
    expect(draftKey(8, planner)).not.toBe(draftKey(7, planner));
    const tenant = draftOwner('https://online.superoffice.com/Cust1/', 'planner');
    expect(tenant).toBe(draftOwner('https://online.superoffice.com/cust1', 'planner'));
    expect(draftKey(7, tenant)).not.toBe(draftKey(7, planner));
  });

  it('is not restored for another group, or from corrupt text', () => {
    const stamp = groupStamp(group);
    const text = serializeDraft(7, stamp, edits, base, now);
    expect(restoreDraft(text, 8, stamp, base)).toBeNull();
    expect(restoreDraft('{nope', 7, stamp, base)).toBeNull();
    expect(restoreDraft(null, 7, stamp, base)).toBeNull();
    const bad = { v: 2, groupId: 7, stamp, savedAt: 'x', edits: [[1, ['a'], true, [1], false]] };
    expect(restoreDraft(JSON.stringify(bad), 7, stamp, base)).toBeNull();
    // A draft from before rows carried their loaded values: kept for the same loaded state,
    // not guessed at for a changed one.
    const v1 = { v: 1, groupId: 7, stamp, savedAt: 'x', edits: [[1, [9, 2], true]] };
    expect(restoreDraft(JSON.stringify(v1), 7, stamp, base)?.edits).toEqual(edits);
    expect(restoreDraft(JSON.stringify(v1), 7, 'other', base)).toBeNull();
  });

  it('puts its own changes on top of what someone else saved since, and says where both changed', () => {
    const wide = {
      TargetGroupId: 7,
      TargetAssignments: [
        { TargetAssignmentInfoId: 1, Values: [1, 2, 3], Locked: false },
        { TargetAssignmentInfoId: 2, Values: [4, 5, 6], Locked: false },
        { TargetAssignmentInfoId: 3, Values: [7, 8, 9], Locked: false },
        { TargetAssignmentInfoId: 4, Values: [0, 0, 0], Locked: false },
      ],
    };
    const mine = new Map<number, AssignmentEdit>([
      [1, { values: [10, 2, 3], locked: false }], // Jan changed
      [2, { values: [4, 50, 6], locked: true }], // Feb changed and locked
      [3, { values: [70, 8, 9], locked: false }], // its row gets locked by someone else
      [4, { values: [1, 1, 1], locked: false }], // its row is deleted
    ]);
    const text = serializeDraft(7, groupStamp(wide), mine, rowsOf(wide as typeof group), now);
    const theirs = {
      TargetGroupId: 7,
      TargetAssignments: [
        { TargetAssignmentInfoId: 1, Values: [11, 20, 3], Locked: false }, // Jan and Feb changed
        { TargetAssignmentInfoId: 2, Values: [4, 5, 60], Locked: false }, // Mar changed
        { TargetAssignmentInfoId: 3, Values: [7, 8, 9], Locked: true },
      ],
    };
    const got = restoreDraft(text, 7, groupStamp(theirs), rowsOf(theirs as typeof group));
    expect(got?.rebased).toBe(true);
    expect(got?.edits).toEqual(
      new Map([
        [1, { values: [10, 20, 3], locked: false }],
        [2, { values: [4, 50, 60], locked: true }],
      ]),
    );
    expect(got?.conflicts).toEqual([{ assignmentId: 1, period: 0 }]);
    expect(got?.dropped).toEqual([3, 4]);
    expect(got?.periodsChanged).toBeUndefined();
  });

  it('says the period type changed when the rows now have another number of periods', () => {
    const halves = {
      TargetGroupId: 7,
      TargetAssignments: [{ TargetAssignmentInfoId: 1, Values: [10, 20], Locked: false }],
    };
    const mine = new Map<number, AssignmentEdit>([[1, { values: [15, 20], locked: false }]]);
    const text = serializeDraft(7, groupStamp(halves), mine, rowsOf(halves as typeof group), now);
    const quarters = {
      TargetGroupId: 7,
      TargetAssignments: [{ TargetAssignmentInfoId: 1, Values: [5, 5, 10, 10], Locked: false }],
    };
    const got = restoreDraft(text, 7, groupStamp(quarters), rowsOf(quarters as typeof group));
    expect(got?.edits.size).toBe(0);
    expect(got?.dropped).toEqual([]);
    expect(got?.periodsChanged).toEqual({ from: 2, to: 4 });
  });
});

describe('withoutReadOnlyRows', () => {
  const restored: RestoredDraft = {
    edits: new Map<number, AssignmentEdit>([
      [1, { values: [1, 2], locked: false }],
      [2, { values: [3, 4], locked: false }],
      [3, { values: [5, 6], locked: false }],
    ]),
    savedAt: '2026-11-24T00:00:00.000Z',
    rebased: true,
    conflicts: [
      { assignmentId: 2, period: 0 },
      { assignmentId: 3, period: 1 },
    ],
    dropped: [9],
  };

  it('drops the changes to rows now read-only, names them as dropped, and keeps the rest', () => {
    const out = withoutReadOnlyRows(restored, (id) => id === 2);
    expect([...out.edits.keys()]).toEqual([1, 3]);
    expect(out.dropped).toEqual([9, 2]);
    expect(out.conflicts).toEqual([{ assignmentId: 3, period: 1 }]);
    expect(out.savedAt).toBe(restored.savedAt);
    expect(out.rebased).toBe(true);
    // The draft it was given is left as it was.
    expect(restored.edits.size).toBe(3);
  });

  it('gives back the same draft when no row is read-only', () => {
    expect(withoutReadOnlyRows(restored, () => false)).toBe(restored);
  });
});

describe('buildSavePayload', () => {
  it('keeps unknown properties and unchanged rows, applies edits, sends new rows as id 0', () => {
    const body = buildSavePayload(group, new Map([[1, { values: [9, 2], locked: true }]]));
    expect(body.Extra).toBe(group.Extra);
    expect(body.TargetAssignments[0]).toEqual({
      TargetAssignmentInfoId: 1,
      Values: [9, 2],
      Locked: true,
      Currency: null,
      Unknown: 'x',
    });
    expect(body.TargetAssignments[1]).toBe(group.TargetAssignments[1]);
    expect(body.TargetAssignments[2].TargetAssignmentInfoId).toBe(0);
    expect(group.TargetAssignments[0].Values).toEqual([1, 2]);
  });

  it('builds 10,000 × 12 with edits applied and untouched rows as loaded', () => {
    const big = {
      TargetGroupId: 1,
      TargetAssignments: Array.from({ length: 10_000 }, (_, i) => ({
        TargetAssignmentInfoId: i + 1,
        Values: new Array<number>(12).fill(1000),
        Locked: false,
      })),
    };
    const edits = new Map(
      Array.from({ length: 1000 }, (_, i) => [
        i + 1,
        { values: new Array<number>(12).fill(5), locked: false },
      ]),
    );
    const body = buildSavePayload(big, edits);
    expect(body.TargetAssignments![999].Values[0]).toBe(5);
    expect(body.TargetAssignments![1000].Values[0]).toBe(1000);
  });
});
