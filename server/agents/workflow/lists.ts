import { mdoItem, type MdoListItem, type MdoListProvider } from '../../mdo/mdoList.ts';
import { eventTypes, goalTypes, splitOptionTypes, stepTypes, type EnumEntry } from './enums.ts';
import { restrictableFields, restrictionListName } from './restrictableFields.ts';

/**
 * An enum as a real tenant's MDO list (superoffice-docs mdo-providers reference): Id = the
 * number, Name = the UI text, ExtraInfo empty. The enum name is not in the list, so clients must
 * name items by their Id as the app does.
 */
const enumList = (entries: readonly EnumEntry[]): MdoListItem[] =>
  entries.filter((e) => e.name !== 'None').map((e, i) => mdoItem(e.id, e.text, { Rank: i + 1 }));

/**
 * workflowsplitoptiontype's items by their documented Ids (1 Contact data, 2 Form submission,
 * 3 Link clicked, 4 Project membership, 5 Selection membership): numbered unlike this sandbox's
 * unverified enum numbers, and with no item for FormData.
 */
const splitOptionTypeListNames = [
  'PersonData',
  'FormSubmission',
  'LinkClicked',
  'ProjectMembership',
  'SelectionMembership',
];
const splitOptionTypeList = (): MdoListItem[] =>
  splitOptionTypeListNames.map((name, i) =>
    mdoItem(i + 1, splitOptionTypes.find((e) => e.name === name)?.text ?? name),
  );

/**
 * The list each list field's conditions name (ColumnInfo.RestrictionListName), so a client that
 * has only the stored conditions, as on a tenant, can offer the field's values: Id = the id a
 * condition stores, as a number.
 */
const restrictionLists: Record<string, MdoListProvider> = Object.fromEntries(
  restrictableFields
    .filter((f) => f.Type === 'list')
    .map((f) => [
      restrictionListName(f),
      () => f.ListItems.map((v, i) => mdoItem(Number(v.Id), v.Name, { Rank: i + 1 })),
    ]),
);

/** MDO lists of the Workflow agent. */
export const workflowLists: Record<string, MdoListProvider> = {
  ...restrictionLists,
  workflowsteptype: () => enumList(stepTypes),
  workflowgoaltype: () => enumList(goalTypes),
  workflowsplitoptiontype: splitOptionTypeList,
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
