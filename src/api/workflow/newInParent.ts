import type { WorkflowGoal, WorkflowStepBase, WorkflowStepOption } from './schemas.ts';

/**
 * SuperOffice's CreateDefaultWorkflowGoal takes no arguments and CreateDefault…FromType only the
 * option type (contract §1.1, §3): the new carrier does not know the flow or split it is made in
 * (WorkflowId / WorkflowStepId 0). Flowdesk puts its parent in itself, so what Save sends belongs
 * where the user created it.
 */

/** A new goal of flow `flowId`. */
export const goalInFlow = (goal: WorkflowGoal, flowId: number): WorkflowGoal => ({
  ...goal,
  WorkflowId: flowId,
});

/** The option types a split can hold, as far as ranking a new one needs them. */
interface RankedOption {
  OptionType?: string | null;
  Rank?: number | null;
}

/**
 * The Rank a new option of type `optionType` takes among a split's `options`: after them all, but
 * before the trailing "Everyone else" options (OptionType None), which take whoever the others did
 * not, so a path after them would never be taken. A new "Everyone else" itself goes last. It is
 * the rank after the option it follows (a tenant's ranks may have gaps: 10, 20, 30; its place, 3,
 * would sort it first); where no rank is free before "Everyone else" it shares that one's, and the
 * server orders them. Options without ranks are counted by place.
 */
export function newOptionRank(options: readonly RankedOption[], optionType: string): number {
  const sorted = [...options].sort(
    (a, b) => rankKey(a) - rankKey(b) || options.indexOf(a) - options.indexOf(b),
  );
  let place = sorted.length;
  while (optionType !== 'None' && place > 0 && sorted[place - 1]?.OptionType === 'None') place--;
  if (sorted.some((o) => rankKey(o) === Infinity)) return place + 1;
  return place === 0 ? 1 : rankKey(sorted[place - 1]) + 1;
}

const rankKey = (o: RankedOption) => (typeof o.Rank === 'number' && o.Rank > 0 ? o.Rank : Infinity);

/**
 * A new option under split step `split` of flow `flowId`: its split, its flow (the split's, or
 * the address's when the split does not say) and its rank among the split's options.
 */
export function optionUnderSplit(
  option: WorkflowStepOption,
  split: WorkflowStepBase,
  flowId: number,
): WorkflowStepOption {
  return {
    ...option,
    WorkflowStepId: split.WorkflowStepId,
    WorkflowId: split.WorkflowId || flowId,
    Rank: newOptionRank(split.Options ?? [], option.OptionType ?? 'None'),
  };
}
