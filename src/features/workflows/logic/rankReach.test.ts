import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsNeverTaken, placeOfRank, unreachableRankWarning } from './rankReach.ts';

// Flow 1's split without the option being edited: "Clicked pricing", then "Everyone else".
const others = [
  { OptionType: 'None', Name: 'Everyone else', Rank: 2 },
  { OptionType: 'LinkClicked', Name: 'Clicked pricing', Rank: 1 },
];

describe('a rank that puts a path where no participant reaches it', () => {
  it('places 0, negative and past-the-last ranks last', () => {
    expect([0, -1, 1, 3, 4, 99].map((r) => placeOfRank(r, 2))).toEqual([3, 3, 1, 3, 3, 3]);
  });

  it('warns when a path would go after “Everyone else”', () => {
    expect(unreachableRankWarning(0, 'LinkClicked', others)).toBe(
      'Rank 0 puts this path last, after “Everyone else”, which takes every participant the paths before it did not: no one would take this path. Use a rank from 1 to 2.',
    );
    expect(unreachableRankWarning(9, 'LinkClicked', others)).toBe(
      'Rank 9 is past the last path, so this path goes last, after “Everyone else”, which takes every participant the paths before it did not: no one would take this path. Use a rank from 1 to 2.',
    );
    expect(unreachableRankWarning(3, 'LinkClicked', others)).toMatch(
      /^Rank 3 puts this path after “Everyone else”, which/,
    );
  });

  it('says which rank to use only to whom may change it', () => {
    expect(unreachableRankWarning(3, 'LinkClicked', others, false)).toBe(
      'Rank 3 puts this path after “Everyone else”, which takes every participant the paths before it did not: no one would take this path.',
    );
    expect(unreachableRankWarning(1, 'None', [others[1]], false)).toBe(
      'This path takes every participant the paths before it did not, so at rank 1 the 1 path after it would never be taken.',
    );
  });

  it('is quiet for a rank before “Everyone else”, or a split without one', () => {
    expect(unreachableRankWarning(1, 'LinkClicked', others)).toBeNull();
    expect(unreachableRankWarning(2, 'LinkClicked', others)).toBeNull();
    expect(unreachableRankWarning(0, 'LinkClicked', [others[1]])).toBeNull();
    expect(unreachableRankWarning(Number.NaN, 'LinkClicked', others)).toBeNull();
    expect(unreachableRankWarning('x', 'LinkClicked', others)).toBeNull();
  });

  it('warns when “Everyone else” itself would go before other paths', () => {
    const paths = [others[1], { OptionType: 'LinkClicked', Name: 'Guide', Rank: 2 }];
    expect(unreachableRankWarning(1, 'None', paths)).toBe(
      'This path takes every participant the paths before it did not, so at rank 1 the 2 paths after it would never be taken. Use rank 3, the last.',
    );
    expect(unreachableRankWarning(3, 'None', paths)).toBeNull();
    expect(unreachableRankWarning(0, 'None', paths)).toBeNull();
  });
});

describe('a second “Everyone else” path', () => {
  const oneOfTwo =
    'A split takes only one “Everyone else” path: give this path another option type, or delete one of the two.';

  it('is warned about at its default rank, after the first', () => {
    expect(unreachableRankWarning(3, 'None', others)).toBe(
      `Rank 3 puts this path after “Everyone else”, which already takes every participant the paths before it did not: no one would take this path. ${oneOfTwo}`,
    );
    // Even when no other kind of path comes after it.
    expect(unreachableRankWarning(1, 'None', [others[0]])).toBe(
      `This path takes every participant the paths before it did not, so at rank 1 the 1 path after it would never be taken, “Everyone else” among them. ${oneOfTwo}`,
    );
  });

  it('is not told to take a rank that only moves the problem', () => {
    for (const rank of [0, 1, 2, 3, 4])
      expect(unreachableRankWarning(rank, 'None', others)).toMatch(new RegExp(`${oneOfTwo}$`));
    expect(unreachableRankWarning(1, 'None', others, false)).toBe(
      'This path takes every participant the paths before it did not, so at rank 1 the 2 paths after it would never be taken, “Everyone else” among them.',
    );
  });
});

describe('the rank advice, for any split', () => {
  const sibling = fc.record({
    OptionType: fc.constantFrom('None', 'LinkClicked', 'FormData'),
    Name: fc.constantFrom('Everyone else', 'Others', 'Guide'),
    Rank: fc.integer({ min: 1, max: 6 }),
  });
  const split = fc.record({
    others: fc.array(sibling, { maxLength: 5 }),
    optionType: fc.constantFrom('None', 'LinkClicked'),
    rank: fc.integer({ min: -1, max: 8 }),
  });

  it('names only ranks at which it is quiet', () => {
    fc.assert(
      fc.property(split, ({ others: paths, optionType, rank }) => {
        const warning = unreachableRankWarning(rank, optionType, paths) ?? '';
        const to = /Use rank (\d+)|Use a rank from 1 to (\d+)/.exec(warning);
        if (!to) return;
        const last = Number(to[1] ?? to[2]);
        const advised = to[1] ? [last] : Array.from({ length: last }, (_, i) => i + 1);
        for (const r of advised) expect(unreachableRankWarning(r, optionType, paths)).toBeNull();
      }),
    );
  });

  it('warns at every rank while the split would have two “Everyone else” paths', () => {
    fc.assert(
      fc.property(split, ({ others: paths, rank }) => {
        fc.pre(paths.some((o) => o.OptionType === 'None'));
        expect(unreachableRankWarning(rank, 'None', paths)).toMatch(/only one “Everyone else”/);
      }),
    );
  });
});

describe('the paths of a split no participant takes', () => {
  it('are those ranked after the first “Everyone else”', () => {
    const guide = { OptionType: 'LinkClicked', Name: 'Guide', Rank: 3 };
    const never = pathsNeverTaken([...others, guide]);
    expect([...never.keys()]).toEqual([guide]);
    expect(never.get(guide)).toBe('Everyone else');
    expect(pathsNeverTaken([others[1], { ...guide, Rank: 2 }]).size).toBe(0);
  });
});
