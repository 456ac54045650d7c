import { describe, expect, it } from 'vitest';
import { buildSavePayload } from './buildSavePayload.ts';
import { draftKey, groupStamp, restoreDraft, serializeDraft } from './draft.ts';
import type { AssignmentEdit } from './types.ts';

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

  it('round-trips edits for the same group and loaded state', () => {
    const stamp = groupStamp(group);
    const text = serializeDraft(7, stamp, edits, now);
    expect(restoreDraft(text, 7, stamp)).toEqual({ edits, savedAt: '2026-03-01T10:00:00.000Z' });
    expect(draftKey(7)).toBe('flowdesk.targets.draft.7');
  });

  it('is not restored for another group, a changed group, or corrupt text', () => {
    const stamp = groupStamp(group);
    const text = serializeDraft(7, stamp, edits, now);
    expect(restoreDraft(text, 8, stamp)).toBeNull();
    const changed = {
      ...group,
      TargetAssignments: [{ ...group.TargetAssignments[0], Values: [1, 2.5] }],
    };
    expect(groupStamp(changed)).not.toBe(stamp);
    expect(restoreDraft(text, 7, groupStamp(changed))).toBeNull();
    expect(restoreDraft('{nope', 7, stamp)).toBeNull();
    expect(restoreDraft(null, 7, stamp)).toBeNull();
    expect(
      restoreDraft(
        JSON.stringify({ v: 1, groupId: 7, stamp, savedAt: 'x', edits: [[1, ['a'], true]] }),
        7,
        stamp,
      ),
    ).toBeNull();
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
