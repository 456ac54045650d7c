import { describe, expect, it } from 'vitest';
import {
  findCreated,
  findEarlierCreate,
  pendingCreateKey,
  readPendingCreate,
  serializePendingCreate,
} from './pendingCreate.ts';

const isObject = (v: unknown): v is { Name: string } => typeof v === 'object' && v !== null;

describe('pending create', () => {
  it('reads back what it wrote, and nothing else', () => {
    const text = serializePendingCreate([1, 2], { Name: 'Dup' }, new Date('2026-11-23T22:00:00Z'));
    expect(readPendingCreate(text, isObject)).toEqual({
      knownIds: [1, 2],
      sent: { Name: 'Dup' },
      at: '2026-11-23T22:00:00.000Z',
    });
    expect(readPendingCreate(null, isObject)).toBeNull();
    expect(readPendingCreate('{', isObject)).toBeNull();
    expect(readPendingCreate('{"v":2,"knownIds":[],"sent":{},"at":"x"}', isObject)).toBeNull();
    expect(readPendingCreate('{"v":1,"knownIds":["1"],"sent":{},"at":"x"}', isObject)).toBeNull();
    expect(pendingCreateKey('draft.key')).toBe('draft.key.create');
  });

  it('finds the newest record with the same name that was not there before', () => {
    const items = [
      { id: 1, Name: 'Dup' },
      { id: 7, Name: 'Other' },
      { id: 5, Name: 'Dup' },
      { id: 6, Name: 'Dup' },
    ];
    const same = (i: { Name: string }) => i.Name === 'Dup';
    expect(findCreated(items, [1, 2], (i) => i.id, same)).toEqual({ id: 6, Name: 'Dup' });
    expect(findCreated(items, [1, 5, 6], (i) => i.id, same)).toBeNull();
    expect(
      findCreated(
        [],
        [],
        (i: { id: number }) => i.id,
        () => true,
      ),
    ).toBeNull();
  });

  it('looks for what the lost create sent, not for the form as it is now', () => {
    // Create "X" whose answer was lost, rename to "Y", Save: the stored "X" is found.
    const earlier = { knownIds: [1], sent: { Name: 'X' }, at: 'x' };
    const items = [
      { id: 1, Name: 'Y' },
      { id: 4, Name: 'X' },
    ];
    const same = (i: { Name: string }, v: { Name: string }) => i.Name === v.Name;
    expect(findEarlierCreate(items, earlier, (i) => i.id, same)).toEqual({ id: 4, Name: 'X' });
    expect(
      findEarlierCreate(items, { ...earlier, sent: { Name: 'Y' } }, (i) => i.id, same),
    ).toBeNull();
  });
});
