import type {
  ArchiveRestrictionGroup,
  ArchiveRestrictionInfo,
  RestrictableField,
} from '../../../api/workflow/schemas.ts';
import { countOf } from './countText.ts';
import { joinSummaryText } from './joinText.ts';
import { operatorInfo } from './operators.ts';
import { conditionValueText } from './valueText.ts';
import { yesNo } from './yesNo.ts';

/** A list of values, each already in words: "“A”, “B”" (blanks left out). */
const joinList = (xs: readonly string[]) => xs.filter((x) => x.trim() !== '').join(', ');
/** A value in words; "?" for one not filled in yet. */
const val = (x: string | undefined) => (x && x.trim() !== '' ? x : '?');
/**
 * Text and list values are quoted, so that a value is never read as part of the sentence: in
 * "Category is one of “A customer”, “B customer” or Business is one of “IT”" the "or" can only
 * join the conditions. (Numbers, dates and yes/no read as they are.)
 */
const quoted = (x: string) => (x.trim() === '' ? x : `“${x}”`);

const noField = '(no field chosen yet)';

/**
 * One condition in words: "Category is one of “A customer”, “B customer”", "Number of sales > 3".
 * Numbers and dates are written in `locale` (the user's culture), as the editors show them.
 */
export function describeRestriction(
  r: ArchiveRestrictionInfo,
  fields: readonly RestrictableField[],
  locale?: string,
): string {
  // A condition just added has no field (nor operator) yet: say so, not " ?" after a blank.
  if (!r.Name) return r.IsActive === false ? `${noField} (inactive)` : noField;
  const field = fields.find((f) => f.Name === r.Name);
  const label = field?.DisplayName ?? r.ColumnInfo?.DisplayName ?? r.Name;
  const type = field?.Type ?? 'text';
  const info = operatorInfo(type, r.Operator ?? '');
  const values = r.Values ?? [];
  // DisplayValues name list items; for numbers and dates they only repeat the stored value.
  const shown =
    type === 'number' || type === 'date'
      ? values.map((v) => conditionValueText(type, v, locale))
      : (r.DisplayValues && r.DisplayValues.length === values.length && values.length > 0
          ? r.DisplayValues
          : values.map((v) => field?.ListItems.find((i) => i.Id === v)?.Name ?? v)
        ).map(quoted);
  let text: string;
  if (type === 'bool') {
    const yes = yesNo(values[0]);
    text = `${label} is ${yes === undefined ? val(values[0]) : yes ? 'yes' : 'no'}`;
  } else if (info.value === 'lastXDays')
    text = `${label} is in the last ${countOf(val(conditionValueText('number', values[0] ?? '', locale)), 'day')}`;
  else if (info.arity === 'none') text = `${label} ${info.label}`;
  else if (info.arity === 'two')
    text = `${label} ${info.label} ${val(shown[0])} and ${val(shown[1])}`;
  else text = `${label} ${info.label} ${joinList(shown) || '?'}`;
  return r.IsActive === false ? `${text} (inactive)` : text;
}

/**
 * A group in plain language, with its parentheses and And/Or:
 * "(Category is one of “A customer”, “B customer” or Business is one of “IT”) and Number of sales > 3".
 */
export function summarizeGroup(
  group: Pick<ArchiveRestrictionGroup, 'Restrictions'>,
  fields: readonly RestrictableField[],
  locale?: string,
): string {
  const rs = group.Restrictions ?? [];
  // No full stop: like every other summary, this is a clause that others embed in sentences.
  if (rs.length === 0) return 'No conditions, so every participant matches';
  return rs
    .map((r, i) => {
      const p = r.InterParenthesis ?? 0;
      const text = `${'('.repeat(Math.max(0, p))}${describeRestriction(r, fields, locale)}${')'.repeat(Math.max(0, -p))}`;
      const last = i === rs.length - 1;
      return last ? text : text + joinSummaryText(r.InterOperator);
    })
    .join('');
}
