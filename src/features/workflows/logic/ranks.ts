/** Ordered lists with a 1-based Rank (steps on a path, options of a split, restriction groups). */
export interface Ranked {
  Rank?: number | null;
}

/** The items in the order given, with Rank 1..n. Items already in place are returned as they are. */
export function renumberRanks<T extends Ranked>(items: readonly T[]): T[] {
  return items.map((item, i) => (item.Rank === i + 1 ? item : { ...item, Rank: i + 1 }));
}

/** Sorts by Rank (missing ranks last), keeping the incoming order for equal ranks. */
export function sortByRank<T extends Ranked>(items: readonly T[]): T[] {
  const key = (r: Ranked) => (typeof r.Rank === 'number' && r.Rank > 0 ? r.Rank : Infinity);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => key(a.item) - key(b.item) || a.i - b.i)
    .map((x) => x.item);
}

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved);
  return out;
}

/** A copy with `item` inserted right after index `after` (-1 = at the start; past the end = last). */
export function insertAfter<T>(items: readonly T[], after: number, item: T): T[] {
  const out = items.slice();
  const at = Math.max(0, Math.min(out.length, after + 1));
  out.splice(at, 0, item);
  return out;
}

/** A copy without the item at `index`. */
export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

/** The sentence a screen reader hears after a move ("Send e-mail moved to position 2 of 3."). */
export const moveAnnouncement = (label: string, to: number, count: number) =>
  `${label} moved to position ${to + 1} of ${count}.`;
