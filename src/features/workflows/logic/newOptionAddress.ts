import { sortByRank } from './ranks.ts';

interface SplitOption {
  OptionType?: string | null;
  Rank?: number | null;
}

/**
 * Where "Add option" under a split leads. A new option starts as the split's kind of path: what
 * the split splits on (`splitType`, its stored SplitOptionType), or while it has none, the type
 * of its first option that is not "Everyone else" (e.g. Link clicked). Without a type it would be
 * one more "Everyone else", beside the one most splits already have.
 */
export function newOptionAddress(
  flowId: number,
  splitStepId: number,
  options: readonly SplitOption[],
  splitType?: unknown,
): string {
  const splitsOn = typeof splitType === 'string' && splitType !== 'None' ? splitType : null;
  const kind =
    splitsOn ??
    sortByRank(options).find((o) => o.OptionType && o.OptionType !== 'None')?.OptionType;
  const type = kind ? `&type=${encodeURIComponent(kind)}` : '';
  return `/workflows/${flowId}/options/new?step=${splitStepId}${type}`;
}
