import { columnInfoFor, restrictableFields } from './restrictableFields.ts';
import { stepDefaults } from './stepDefaults.ts';

/** Small builders that keep the seed data readable. */
type Props = Record<string, unknown>;

export const step = (StepType: string, props: Props = {}): Props => ({
  WorkflowStepId: 0,
  StepType,
  ...stepDefaults[StepType],
  ...props,
});

export const option = (OptionType: string, Key: string, Name: string, Steps: Props[]): Props => ({
  WorkflowStepOptionId: 0,
  OptionType,
  Key,
  Name,
  Steps,
});

export const split = (
  SplitName: string,
  SplitOptionType: string,
  Options: Props[],
  props: Props = {},
) => step('Split', { SplitName, SplitOptionType, Options, ...props });

const hash = (s: string) => {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
};

/**
 * A restriction on a restrictable field: list values given by name become ids in Values and
 * names in DisplayValues; ColumnInfo and UniqueHash are filled as SuperOffice does.
 */
export function restriction(
  fieldName: string,
  Operator: string,
  values: string[],
  { paren = 0, next = 'And' as 'And' | 'Or' | 'None', active = true } = {},
): Props {
  const f = restrictableFields.find((x) => x.Name === fieldName);
  if (!f) throw new Error(`seed: unknown field ${fieldName}`);
  const Values =
    f.Type === 'list' ? values.map((v) => f.ListItems.find((i) => i.Name === v)?.Id ?? v) : values;
  return {
    Name: f.Name,
    Operator,
    Values,
    DisplayValues: values,
    ColumnInfo: columnInfoFor(f),
    IsActive: active,
    SubRestrictions: null,
    InterParenthesis: paren,
    InterOperator: next,
    UniqueHash: hash(`${f.Name}${Operator}${Values.join(',')}`),
  };
}

export const group = (Name: string, Description: string, Restrictions: Props[]): Props => ({
  Name,
  Description,
  Rank: 0,
  Restrictions,
});
