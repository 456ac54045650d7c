import { renumberRanks, type Ranked } from '../logic/ranks.ts';
import { sameStored } from '../../../app/forms/sameStored.ts';

/** A step on an option's path, as far as the merge needs it (subtype properties kept). */
export interface MergeStep extends Ranked {
  /** Stable across versions once stored; 0 (or less) for a step added and not saved yet. */
  WorkflowStepId: number;
  StepType: string;
}

/** Why a step cannot be merged: both sides changed it, or one removed what the other changed. */
export type StepClashKind = 'bothChanged' | 'iRemoved' | 'theyRemoved';

export interface StepClash<S> {
  /** The step as I have it (as opened when I removed it). */
  step: S;
  /** Its place, 1-based, in my list (in the opened list when I removed it). */
  position: number;
  kind: StepClashKind;
}

export interface StepsMerge<S> {
  /** Both sides' changes, ranks 1..n; meaningful only when there is no clash. */
  steps: S[];
  clashes: StepClash<S>[];
}

/** A step's content: everything but its Rank (its place is merged on its own). */
const content = (s: MergeStep | undefined) => {
  if (!s) return undefined;
  const { Rank: _rank, ...rest } = s;
  return rest;
};
const same = (a: MergeStep | undefined, b: MergeStep | undefined) =>
  sameStored(content(a), content(b));

/** Keys that name one step across the three lists: stored ids; each unsaved step its own. */
const keyed = <S extends MergeStep>(list: readonly S[], side: string) =>
  new Map(
    list.map((s, i) => [s.WorkflowStepId > 0 ? `#${s.WorkflowStepId}` : `${side}${i}`, s] as const),
  );

/** The longest common subsequence of two key lists (the steps that kept their order). */
function commonOrder(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] =
        a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Three-way merge of an option's steps: `opened` (what the editor opened on), `theirs` (the
 * option as read again, saved by someone else since) and `mine` (the form), each in rank order.
 * Steps are matched by WorkflowStepId (a step added in the form has 0 and is new). A step only I
 * changed, added or removed takes my version; one only they changed, added or removed keeps
 * theirs; a step changed by both (unless to the same), or removed by one and changed by the
 * other, is a clash. Steps are whole: a split's paths (Options, with their own steps) are part
 * of the split step and come with it from one side. The order is theirs, with the steps I moved
 * or added put back after the step they follow in my list (at the end when they follow all the
 * steps I did not move); ranks are renumbered 1..n.
 */
export function mergeSteps<S extends MergeStep>(
  opened: readonly S[],
  theirs: readonly S[],
  mine: readonly S[],
): StepsMerge<S> {
  const o = keyed(opened, 'o');
  const t = keyed(theirs, 't');
  const m = keyed(mine, 'm');
  const clashes: StepClash<S>[] = [];
  const chosen = new Map<string, S>();
  for (const key of new Set([...o.keys(), ...t.keys(), ...m.keys()])) {
    const [was, their, my] = [o.get(key), t.get(key), m.get(key)];
    let pick: S | undefined;
    if (same(was, my)) pick = their;
    else if (same(was, their) || same(my, their)) pick = my;
    else {
      const kind: StepClashKind = !my ? 'iRemoved' : !their ? 'theyRemoved' : 'bothChanged';
      const list = my ? mine : opened;
      const step = (my ?? was) as S;
      clashes.push({ step, position: list.indexOf(step) + 1, kind });
      pick = my;
    }
    if (pick) chosen.set(key, pick);
  }
  clashes.sort((a, b) => a.position - b.position);

  const order = [...t.keys()].filter((k) => chosen.has(k));
  const mineKept = [...m.keys()].filter((k) => chosen.has(k));
  const inBoth = (k: string) => o.has(k) && order.includes(k);
  const kept = commonOrder(
    [...o.keys()].filter((k) => m.has(k) && inBoth(k)),
    mineKept.filter(inBoth),
  );
  // Past my last step that kept its place, my steps go at the end (e.g. one I added last).
  const lastKept = mineKept.findLastIndex((k) => kept.has(k));
  let previous: string | null = null;
  mineKept.forEach((key, i) => {
    if (!kept.has(key)) {
      const at = order.indexOf(key);
      if (at >= 0) order.splice(at, 1);
      if (lastKept >= 0 && i > lastKept) order.push(key);
      else order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, key);
    }
    previous = key;
  });
  return { steps: renumberRanks(order.map((k) => chosen.get(k)!)), clashes };
}
