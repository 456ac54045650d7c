import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from '../session/connectionStore.ts';
import { defaultConnection } from '../session/connection.ts';
import { notTheSavedGroup } from './savedGroupAnswer.ts';
import { saveTargetGroup } from './targetsApi.ts';
import type { TargetGroup } from './schemas.ts';
import { emptyTargetGroup } from '../../test/emptyTargetGroup.ts';

const row = (id: number) => ({ TargetAssignmentInfoId: id, Values: [1, 2], Locked: false });
const group = (id: number, rows: number[] | null): TargetGroup =>
  ({
    TargetGroupId: id,
    Year: 2026,
    EntityType: 'Sale',
    PeriodType: 'HalfYear',
    TargetAssignments: rows && rows.map(row),
  }) as TargetGroup;

describe('notTheSavedGroup', () => {
  it('takes the same group with every row sent, and a new group with any id', () => {
    expect(notTheSavedGroup(group(12, [1, 2]), group(12, [1, 2]))).toBeNull();
    expect(notTheSavedGroup(group(12, [1, 2]), group(12, [2, 1, 3]))).toBeNull();
    expect(notTheSavedGroup(group(0, [0, 0]), group(40, [7, 8]))).toBeNull();
    // Sent without rows (a settings change): the server keeps its own.
    expect(notTheSavedGroup(group(12, null), group(12, [5]))).toBeNull();
  });

  it('refuses an empty carrier, another group, or a group without the rows sent', () => {
    expect(notTheSavedGroup(group(12, [1]), group(0, []))?.message).toBe(
      'the answer is group 0, not the saved group 12',
    );
    expect(notTheSavedGroup(group(12, [1]), group(13, [1]))?.field).toBe('TargetGroupId');
    expect(notTheSavedGroup(group(0, [0]), group(0, []))?.message).toBe(
      'the answer is group 0, not a new group',
    );
    expect(notTheSavedGroup(group(12, [1, 2]), group(12, [1]))?.message).toBe(
      'the answer holds 1 of the 2 rows saved',
    );
    expect(notTheSavedGroup(group(12, [1, 2]), group(12, [1, 3]))?.field).toBe('TargetAssignments');
    expect(notTheSavedGroup(group(0, [0, 0]), group(40, [7]))?.field).toBe('TargetAssignments');
  });
});

describe('saveTargetGroup', () => {
  beforeEach(() => connectionStore.set({ ...defaultConnection(), scheme: 'basic' }));
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })),
    );

  it('fails as an unreadable answer when answered with an empty group, so nothing reads as saved', async () => {
    answer(emptyTargetGroup);
    await expect(saveTargetGroup(group(12, [1]))).rejects.toMatchObject({
      kind: 'parse',
      message: 'TargetGroupId: the answer is group 0, not the saved group 12',
    });
    await expect(saveTargetGroup(group(0, [0]))).rejects.toMatchObject({ kind: 'parse' });
  });

  it('gives the saved group when the answer is it', async () => {
    answer(group(12, [1]));
    await expect(saveTargetGroup(group(12, [1]))).resolves.toMatchObject({ TargetGroupId: 12 });
  });
});
