import type {
  RestrictableField,
  RestrictableFieldType,
  WorkflowGoal,
} from '../../../api/workflow/schemas.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';

/** SuperOffice's RestrictionType (ArchiveColumnInfo) as the field type summaries write values by. */
function typeOf(restrictionType: string): RestrictableFieldType | null {
  const t = restrictionType.toLowerCase();
  if (t.startsWith('list')) return 'list';
  if (t === 'string' || t === 'text') return 'text';
  if (t === 'bool' || t === 'boolean') return 'bool';
  if (t === 'date' || t === 'datetime') return 'date';
  if (/^(int|positiveint|integer|decimal|double|float|currency|amount)$/.test(t)) return 'number';
  return null;
}

/**
 * Stand-ins for the restrictable fields, when their list could not be loaded or the server does
 * not offer one (a SuperOffice tenant): each field a goal's
 * conditions use, named and typed by the ColumnInfo stored with the condition, so a summary still
 * reads "Sales amount ≥ 50,000 and No mailings is no" rather than "≥ “50000” … = “0”". A field
 * whose stored type is missing or unknown is left out (its condition reads as text, as before).
 */
export function fieldsFromConditions(goals: readonly WorkflowGoal[]): RestrictableField[] {
  const found = new Map<string, RestrictableField>();
  for (const goal of goals)
    for (const group of goal.RestrictionGroups ?? [])
      for (const r of group.Restrictions ?? []) {
        const info = r.ColumnInfo;
        const type = typeOf(info?.RestrictionType ?? '');
        if (!r.Name || !info || !type || found.has(r.Name)) continue;
        found.set(r.Name, {
          Name: r.Name,
          DisplayName: info.DisplayName || r.Name,
          Type: type,
          ListItems: [],
          ColumnInfo: info,
        });
      }
  return [...found.values()];
}

/**
 * The MDO list a stand-in list field takes its items from: the RestrictionListName stored with
 * its conditions (a tenant's archive column names its list so), or null when none is named.
 */
export const listNameOf = (field: RestrictableField): string | null =>
  field.Type === 'list' ? field.ColumnInfo?.RestrictionListName?.trim() || null : null;

/**
 * An MDO list as a list field's items: ids as the strings a condition stores, each item that can
 * be chosen (a heading's children in its place, deleted items left out: a stored id no longer
 * listed still shows, by the name stored with it).
 */
export function listItemsOf(items: readonly MdoListItem[]): RestrictableField['ListItems'] {
  return items.flatMap((item) => {
    if (item.Deleted) return [];
    if (item.ChildItems?.length) return listItemsOf(item.ChildItems);
    return [{ Id: String(item.Id), Name: item.Name }];
  });
}
