import { eventTypeNumbers, goalTypeNames, stepTypeNames } from './enums.ts';

/**
 * The enum name each MDO list item stands for, by the item's Id. A real tenant's enum lists
 * leave ExtraInfo empty (superoffice-docs mdo-providers reference), and enums travel as names
 * (contract §1.4), so a picker must turn the list's Id into the name itself.
 */
export type EnumNamesByListId = Readonly<Record<number, string>>;

const byPosition = (names: readonly string[]): EnumNamesByListId =>
  Object.fromEntries(names.map((name, id) => [id, name]));

/** workflowgoaltype numbers its items by WorkflowGoalType (contract §5: 1 Contact updated …). */
export const goalTypeByListId = byPosition(goalTypeNames);

/** workflowsteptype numbers its items by WorkflowStepType (contract §5, 15 Distribute to owner). */
export const stepTypeByListId = byPosition(stepTypeNames);

/** workfloweventtype (if a tenant has it) by WorkflowEventType's numbers (contract §5: 1001 …). */
export const eventTypeByListId: EnumNamesByListId = eventTypeNumbers;

/**
 * workflowsplitoptiontype as its reference page lists it (1 Contact data, 2 Form submission,
 * 3 Link Clicked, 4 Project membership, 5 Selection member), matched to WorkflowSplitOptionType
 * by meaning. It is numbered unlike the enum's name list, and FormData has no item: a FormData
 * option is shown by its stored value, never offered by a guessed number.
 */
export const splitOptionTypeByListId: EnumNamesByListId = {
  1: 'PersonData',
  2: 'FormSubmission',
  3: 'LinkClicked',
  4: 'ProjectMembership',
  5: 'SelectionMembership',
};
