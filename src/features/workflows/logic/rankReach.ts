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

/** How `rank` places this path, said before "after “…”" when it lands after another path. */
function placedBy(rank: number, count: number): string {
  if (rank < 1) return `Rank ${rank} puts this path last,`;
  if (rank > count + 1) return `Rank ${rank} is past the last path, so this path goes last,`;
  return `Rank ${rank} puts this path`;
}

const takesTheRest = 'which takes every participant the paths before it did not';

/**
 * Why rank `rank` makes paths of a split unreachable, or null. The "Everyone else" option
 * (OptionType None) takes every participant the paths before it did not: a path ranked after it
 * is never taken, and it ranked before other paths leaves those untaken. Two "Everyone else"
 * paths leave one untaken whatever their ranks, so that is said at every rank, with advice no
 * rank can follow wrongly (another type, or one fewer). Which rank to use is said only when the
 * user `canChange` the rank (a viewer reads what is wrong, not what to do), and every rank it
 * advises is one this warning is quiet at.
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
  const catchAll = sorted.findIndex((o) => o.OptionType === 'None');
  const name = sorted[catchAll]?.Name?.trim() || 'Everyone else';
  const advise = (said: string, advice: string) => (canChange ? `${said} ${advice}` : said);
  const after = place > catchAll + 1;
  if (optionType === 'None' && catchAll >= 0) {
    const said = after
      ? `${placedBy(rank, sorted.length)} after “${name}”, which already takes every participant the paths before it did not: no one would take this path.`
      : `This path takes every participant the paths before it did not, so at rank ${rank} the ${countOf(sorted.length + 1 - place, 'path')} after it would never be taken, “${name}” among them.`;
    return advise(
      said,
      `A split takes only one “Everyone else” path: give this path another option type, or delete one of the two.`,
    );
  }
  if (catchAll < 0 || !after) {
    if (optionType !== 'None') return null;
    const later = sorted.length + 1 - place;
    if (later === 0) return null;
    return advise(
      `This path takes every participant the paths before it did not, so at rank ${rank} the ${countOf(later, 'path')} after it would never be taken.`,
      `Use rank ${sorted.length + 1}, the last.`,
    );
  }
  return advise(
    `${placedBy(rank, sorted.length)} after “${name}”, ${takesTheRest}: no one would take this path.`,
    catchAll === 0 ? 'Use rank 1.' : `Use a rank from 1 to ${catchAll + 1}.`,
  );
}
