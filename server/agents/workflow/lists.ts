import { mdoItem, type MdoListItem, type MdoListProvider } from '../../mdo/mdoList.ts';
import { eventTypes, goalTypes, splitOptionTypes, stepTypes, type EnumEntry } from './enums.ts';
import { restrictableFields } from './restrictableFields.ts';

/** An enum as an MDO list: Id = the number, Name = the UI text, ExtraInfo = the enum name. */
const enumList = (entries: readonly EnumEntry[]): MdoListItem[] =>
  entries
    .filter((e) => e.name !== 'None')
    .map((e, i) => mdoItem(e.id, e.text, { Rank: i + 1, ExtraInfo: e.name, ToolTip: e.name }));

/** MDO lists of the Workflow agent. */
export const workflowLists: Record<string, MdoListProvider> = {
  workflowsteptype: () => enumList(stepTypes),
  workflowgoaltype: () => enumList(goalTypes),
  workflowsplitoptiontype: () => enumList(splitOptionTypes),
  workfloweventtype: () => enumList(eventTypes),
  /** Restrictable fields: ExtraInfo = "name;type"; list values as ChildItems. */
  workflowgoalrestrictionfield: () =>
    restrictableFields.map((f, i) =>
      mdoItem(i + 1, f.DisplayName, {
        ExtraInfo: `${f.Name};${f.Type}`,
        ChildItems: f.ListItems.map((v) => mdoItem(Number(v.Id), v.Name)),
      }),
    ),
};
