import type {
  ArchiveColumnInfo,
  ArchiveRestrictionInfo,
  RestrictableField,
} from '../../../api/workflow/schemas.ts';
import { loadedDisplayValue } from '../logic/listValues.ts';
import { defaultOperator, fitValues, operatorInfo } from '../logic/operators.ts';
import { takesNumbers } from '../logic/numberValues.ts';

/**
 * Edits of one restriction that keep it consistent: Values and DisplayValues in step, ColumnInfo
 * naming the same field, values fitting the operator. Everything else on the object is kept.
 */
// A list id the field's list no longer has keeps the name loaded with it (its raw id says nothing).
const displayFor = (
  field: RestrictableField | undefined,
  values: string[],
  before: ArchiveRestrictionInfo,
) =>
  field?.Type === 'list'
    ? values.map(
        (v) =>
          field.ListItems.find((i) => i.Id === v)?.Name ??
          loadedDisplayValue(before.Values, before.DisplayValues, v) ??
          v,
      )
    : values;

export function withValues(
  r: ArchiveRestrictionInfo,
  field: RestrictableField | undefined,
  values: string[],
): ArchiveRestrictionInfo {
  return { ...r, Values: values, DisplayValues: displayFor(field, values, r) };
}

/**
 * The ColumnInfo of a restriction on `field`: the server's own when it sent one with the field,
 * else none (null, as for a new condition: the server fills it in). Nothing of the previous
 * field's ColumnInfo is kept (its type, list name and tooltip would describe the wrong field).
 */
export function columnInfoFor(field: RestrictableField): ArchiveColumnInfo | null {
  return field.ColumnInfo ? { ...field.ColumnInfo } : null;
}

export function withField(
  r: ArchiveRestrictionInfo,
  field: RestrictableField,
): ArchiveRestrictionInfo {
  const Operator = defaultOperator(field.Type);
  const values = fitValues([], operatorInfo(field.Type, Operator).arity);
  const initial = field.Type === 'bool' ? ['1'] : values;
  return withValues(
    {
      ...r,
      Name: field.Name,
      Operator,
      ColumnInfo: columnInfoFor(field),
      // The hash identified the old condition; 0 as for a new one.
      UniqueHash: 0,
    },
    field,
    initial,
  );
}

/**
 * The restriction with another operator. Its values are kept while they mean the same kind of
 * thing; on a date field "is in the last … days" takes a number of days and the others dates, so
 * a switch between them starts the values blank rather than reading a date as days or 30 as a date.
 */
export function withOperator(
  r: ArchiveRestrictionInfo,
  field: RestrictableField | undefined,
  operator: string,
): ArchiveRestrictionInfo {
  const type = field?.Type ?? 'text';
  const arity = operatorInfo(type, operator).arity;
  const sameKind = takesNumbers(type, r.Operator ?? '') === takesNumbers(type, operator);
  return withValues(
    { ...r, Operator: operator },
    field,
    fitValues(sameKind ? (r.Values ?? []) : [], arity),
  );
}

/**
 * A new condition: no field chosen yet, active. It is added last, so it joins nothing (None), as
 * a stored last condition does; the one before it is joined to it with And (RestrictionGroupCard).
 */
export const newRestriction = (): ArchiveRestrictionInfo => ({
  Name: '',
  Operator: '',
  Values: [],
  DisplayValues: [],
  ColumnInfo: null,
  IsActive: true,
  SubRestrictions: null,
  InterParenthesis: 0,
  InterOperator: 'None',
  UniqueHash: 0,
});

/**
 * Removing the last condition leaves the one before it joined (And/Or) to nothing: it becomes the
 * last and, like a last condition added by the builder, joins with None. Returns the edit to make
 * to that neighbour, or null when none is needed.
 */
export function neighbourAfterRemoval(
  rs: readonly ArchiveRestrictionInfo[],
  index: number,
): { index: number; restriction: ArchiveRestrictionInfo } | null {
  if (index !== rs.length - 1 || index === 0) return null;
  const prev = rs[index - 1];
  if ((prev.InterOperator ?? 'None') === 'None') return null;
  return { index: index - 1, restriction: { ...prev, InterOperator: 'None' } };
}
