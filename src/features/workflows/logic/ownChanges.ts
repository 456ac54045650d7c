import { sameStored } from '../../../app/forms/sameStored.ts';

/** How one field's change is said: the user's value (and the one they began from). */
export type DescribeChange<T> = { [K in keyof T]?: (mine: T[K], opened: T[K]) => string };

/**
 * What the user changed in an editor, one line per field, in `describe`'s order: kept to show
 * after their edits gave way to someone else's version, so they can make them again.
 */
export function ownChanges<T extends object>(
  opened: T,
  mine: T,
  describe: DescribeChange<T>,
): string[] {
  const out: string[] = [];
  for (const key of Object.keys(describe) as (keyof T)[]) {
    if (sameStored(opened[key], mine[key])) continue;
    const say = describe[key];
    if (say) out.push(say(mine[key], opened[key]));
  }
  return out;
}

/**
 * A changed list (restriction groups) in words, item by item at the same place: "group 2
 * “Second” changed, group 3 “New” added, group 4 “Old” removed".
 */
export function listChanges<I>(
  opened: readonly I[],
  mine: readonly I[],
  noun: string,
  nameOf: (item: I) => string,
): string {
  const parts: string[] = [];
  const named = (item: I, i: number) => {
    const name = nameOf(item).trim();
    return name ? `${noun} ${i + 1} “${name}”` : `${noun} ${i + 1}`;
  };
  for (let i = 0; i < Math.max(opened.length, mine.length); i++) {
    if (i >= opened.length) parts.push(`${named(mine[i] as I, i)} added`);
    else if (i >= mine.length) parts.push(`${named(opened[i] as I, i)} removed`);
    else if (!sameStored(opened[i], mine[i])) parts.push(`${named(mine[i] as I, i)} changed`);
  }
  return parts.join(', ');
}
