import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';

/** How many values an operator takes: none ("is empty"), one, two ("between") or several. */
export type ValueArity = 'none' | 'one' | 'two' | 'many';

export interface OperatorInfo {
  /** The Operator string sent to the server. */
  value: string;
  /** Shown in the picker and in summaries. */
  label: string;
  arity: ValueArity;
}

const op = (value: string, label: string, arity: ValueArity = 'one'): OperatorInfo => ({
  value,
  label,
  arity,
});

/** The operators that fit each field type (the condition builder offers only these). */
export const operatorsByType: Readonly<Record<RestrictableFieldType, readonly OperatorInfo[]>> = {
  text: [
    op('contains', 'contains'),
    op('begins', 'begins with'),
    op('is', 'is'),
    op('isNot', 'is not'),
    op('set', 'is filled in', 'none'),
    op('notSet', 'is empty', 'none'),
  ],
  number: [
    op('=', '='),
    op('<>', '≠'),
    op('>', '>'),
    op('>=', '≥'),
    op('<', '<'),
    op('<=', '≤'),
    op('between', 'between', 'two'),
  ],
  date: [
    op('=', 'is on'),
    op('before', 'is before'),
    op('after', 'is after'),
    op('between', 'is between', 'two'),
    op('lastXDays', 'is in the last … days'),
  ],
  list: [
    op('oneOf', 'is one of', 'many'),
    op('notOneOf', 'is not one of', 'many'),
    op('set', 'is filled in', 'none'),
    op('notSet', 'is empty', 'none'),
  ],
  bool: [op('=', 'is')],
};

/** The operator info for a type, or a stand-in for an operator we do not know (kept as sent). */
export function operatorInfo(type: RestrictableFieldType, value: string): OperatorInfo {
  return (
    operatorsByType[type].find((o) => o.value === value) ??
    Object.values(operatorsByType)
      .flat()
      .find((o) => o.value === value) ?? { value, label: value, arity: 'one' }
  );
}

/** The first operator of a type: what a new condition or a changed field starts with. */
export const defaultOperator = (type: RestrictableFieldType) => operatorsByType[type][0].value;

/** Values resized to an operator's arity (extra values dropped, missing ones blank). */
export function fitValues(values: readonly string[], arity: ValueArity): string[] {
  switch (arity) {
    case 'none':
      return [];
    case 'one':
      return [values[0] ?? ''];
    case 'two':
      return [values[0] ?? '', values[1] ?? ''];
    case 'many':
      return values.filter((v) => v !== '');
  }
}
