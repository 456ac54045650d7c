import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  insertAfter,
  moveAnnouncement,
  moveItem,
  removeAt,
  renumberRanks,
  sortByRank,
} from './ranks.ts';

const ranked = fc.array(
  fc.record({ id: fc.integer(), Rank: fc.option(fc.integer(), { nil: null }) }),
);

describe('ranks', () => {
  it('renumbers any list to 1..n in its order', () => {
    fc.assert(
      fc.property(ranked, (items) => {
        const out = renumberRanks(items);
        expect(out.map((x) => x.Rank)).toEqual(items.map((_, i) => i + 1));
        expect(out.map((x) => x.id)).toEqual(items.map((x) => x.id));
      }),
    );
  });

  it('keeps items that are already in place (same object)', () => {
    const a = { Rank: 1 };
    expect(renumberRanks([a, { Rank: 5 }])[0]).toBe(a);
  });

  it('sorts by rank, stable, missing ranks last', () => {
    const out = sortByRank([
      { id: 'a', Rank: 2 },
      { id: 'b', Rank: null },
      { id: 'c', Rank: 1 },
      { id: 'd', Rank: 2 },
    ]);
    expect(out.map((x) => x.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('moves an item: same elements, the item lands at the target', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1 }), fc.nat(), fc.nat(), (items, f, t) => {
        const from = f % items.length;
        const to = t % items.length;
        const out = moveItem(items, from, to);
        expect(out).toHaveLength(items.length);
        expect(out.slice().sort()).toEqual(items.slice().sort());
        expect(out[to]).toBe(items[from]);
        expect(moveItem(out, to, from)).toEqual(items);
      }),
    );
  });

  it('inserts after an index and removes by index', () => {
    expect(insertAfter(['a', 'b', 'c'], 0, 'x')).toEqual(['a', 'x', 'b', 'c']);
    expect(insertAfter(['a'], -1, 'x')).toEqual(['x', 'a']);
    expect(insertAfter(['a'], 9, 'x')).toEqual(['a', 'x']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: -1, max: 20 }), (items, after) => {
        const out = insertAfter(items, after, -1);
        const at = out.indexOf(-1);
        expect(at).toBe(Math.min(items.length, after + 1));
        expect(removeAt(out, at)).toEqual(items);
      }),
    );
  });

  it('announces moves 1-based', () => {
    expect(moveAnnouncement('Send SMS', 0, 3)).toBe('Send SMS moved to position 1 of 3.');
  });
});
