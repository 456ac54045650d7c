import type {
  RestrictableField,
  RestrictableFieldType,
  WorkflowGoal,
} from '../../../api/workflow/schemas.ts';

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
 * Stand-ins for the restrictable fields, when their list could not be loaded: each field a goal's
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
