import { describe, expect, it } from 'vitest';
import { listChanges, ownChanges } from './ownChanges.ts';

describe('ownChanges', () => {
  const describeOption = {
    Name: (v: string) => `Name: “${v}”`,
    Rank: (v: number, was: number) => `Rank: ${v} (was ${was})`,
  };

  it('says each changed field, in the order given, and nothing for an unchanged one', () => {
    expect(
      ownChanges(
        { Name: 'A', Rank: 1, Key: 'k' },
        { Name: 'B', Rank: 2, Key: 'k' },
        describeOption,
      ),
    ).toEqual(['Name: “B”', 'Rank: 2 (was 1)']);
    expect(ownChanges({ Name: 'A', Rank: 1 }, { Name: 'A', Rank: 1 }, describeOption)).toEqual([]);
  });
});

describe('listChanges', () => {
  const name = (g: { Name: string }) => g.Name;
  it('names the items changed, added and removed by their place', () => {
    expect(
      listChanges(
        [{ Name: 'One' }, { Name: 'Two' }, { Name: 'Three' }],
        [{ Name: 'One' }, { Name: 'Two, edited' }],
        'group',
        name,
      ),
    ).toBe('group 2 “Two, edited” changed, group 3 “Three” removed');
    expect(listChanges([], [{ Name: ' ' }], 'group', name)).toBe('group 1 added');
  });
});
