import { countOf } from './countText.ts';
import { sortByRank } from './ranks.ts';

/** Another option of the same split, as the split step lists it. */
export interface SiblingOption {
  OptionType?: string | null;
  Name?: string | null;
  Rank?: number | null;
}

/**
 * The place (1-based) rank `rank` gives an option among `count` others: a rank from 1 to
 * count + 1 is its place; 0, a negative rank or one past the last puts it last.
 */
export const placeOfRank = (rank: number, count: number) =>
  rank >= 1 && rank <= count + 1 ? rank : count + 1;

/**
 * The paths of a split, in rank order, that no participant takes: those after the first
 * "Everyone else" (OptionType None), which takes everyone the paths before it did not. Each with
 * the name of that "Everyone else".
 */
export function pathsNeverTaken<T extends SiblingOption>(options: readonly T[]): Map<T, string> {
  const sorted = sortByRank(options);
  const catchAll = sorted.findIndex((o) => o.OptionType === 'None');
  const name = sorted[catchAll]?.Name?.trim() || 'Everyone else';
  return new Map(catchAll < 0 ? [] : sorted.slice(catchAll + 1).map((o) => [o, name]));
}

/**
 * Why rank `rank` makes paths of a split unreachable, or null. The "Everyone else" option
 * (OptionType None) takes every participant the paths before it did not: a path ranked after it
 * is never taken, and it ranked before other paths leaves those untaken. Which rank to use is
 * said only when the user `canChange` the rank (a viewer reads what is wrong, not what to do).
 */
export function unreachableRankWarning(
  rank: unknown,
  optionType: string,
  others: readonly SiblingOption[],
  canChange = true,
): string | null {
  if (typeof rank !== 'number' || !Number.isInteger(rank)) return null; // the schema says why
  const sorted = sortByRank(others);
  const place = placeOfRank(rank, sorted.length);
  // Paths after an "Everyone else" are never taken, another "Everyone else" among them too.
  const catchAll = sorted.findIndex((o) => o.OptionType === 'None');
  if (catchAll < 0 || place <= catchAll + 1) {
    if (optionType !== 'None') return null;
    const after = sorted.length + 1 - place;
    if (after === 0 || !sorted.slice(place - 1).some((o) => o.OptionType !== 'None')) return null;
    const said = `This path takes every participant the paths before it did not, so at rank ${rank} the ${countOf(after, 'path')} after it would never be taken.`;
    return canChange ? `${said} Use rank ${sorted.length + 1}, the last.` : said;
  }
  const name = sorted[catchAll].Name?.trim() || 'Everyone else';
  const where =
    rank < 1
      ? `Rank ${rank} puts this path last,`
      : rank > sorted.length + 1
        ? `Rank ${rank} is past the last path, so this path goes last,`
        : `Rank ${rank} puts this path`;
  const use = catchAll === 0 ? 'Use rank 1' : `Use a rank from 1 to ${catchAll + 1}`;
  const said = `${where} after “${name}”, which takes every participant the paths before it did not: no one would take this path.`;
  return canChange ? `${said} ${use}.` : said;
}
