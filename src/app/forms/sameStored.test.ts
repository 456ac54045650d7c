import { describe, expect, it } from 'vitest';
import { sameStored } from './sameStored.ts';

describe('sameStored', () => {
  it('ignores the order of keys and treats a missing key as undefined', () => {
    expect(sameStored({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameStored({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('tells a changed value, a changed list order and a longer list apart', () => {
    expect(sameStored({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameStored({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameStored([1, 2], [2, 1])).toBe(false);
    expect(sameStored([1], [1, 2])).toBe(false);
    expect(sameStored({ a: null }, { a: {} })).toBe(false);
    expect(sameStored([], {})).toBe(false);
  });

  it('sees a group renamed deep inside a goal', () => {
    const goal = (name: string) => ({
      GoalType: 'AddedToProject',
      RestrictionGroups: [{ Name: name, Restrictions: [{ Name: 'x', Values: ['1'] }] }],
    });
    expect(sameStored(goal('Group 1'), goal('Group 1'))).toBe(true);
    expect(sameStored(goal('Group 1'), goal('Renamed by B'))).toBe(false);
  });
});
