import { z } from '../../../api/schemas/zod.ts';
import type {
  ArchiveRestrictionGroup,
  ArchiveRestrictionInfo,
  RestrictableFieldType,
  WorkflowGoal,
} from '../../../api/workflow/schemas.ts';
import { missingValues } from '../logic/missingValues.ts';
import { invariantNumbers, numberValueProblem, takesNumbers } from '../logic/numberValues.ts';
import { checkParentheses } from '../logic/parentheses.ts';
import { reversedRangeProblem } from '../logic/rangeValues.ts';
import { renumberRanks, sortByRank } from '../logic/ranks.ts';
import { sameStored } from '../../../app/forms/sameStored.ts';

const restrictionSchema = z.looseObject({
  Name: z.nullish(z.string()),
  Operator: z.nullish(z.string()),
  Values: z.nullish(z.array(z.string())),
  IsActive: z.nullish(z.boolean()),
  InterParenthesis: z.nullish(z.int()),
  InterOperator: z.nullish(z.string()),
});

/** The type of a restrictable field by its Name (undefined when the field list does not have it). */
export type FieldTypeOf = (name: string) => RestrictableFieldType | undefined;
const typeUnknown: FieldTypeOf = () => undefined;
/** The name of a field that counts things (its values are whole numbers), or undefined. */
export type CountNameOf = (name: string) => string | undefined;

/**
 * The editable part of a goal. Groups and restrictions are the loaded objects (extras kept).
 * `typeOf` gives the fields' types, so that the values of number conditions are checked, and
 * `countNameOf` the fields that count things (whole numbers only).
 */
export const makeGoalFormSchema = (
  typeOf: FieldTypeOf = typeUnknown,
  countNameOf: CountNameOf = () => undefined,
) =>
  z
    .object({
      GoalType: z.string().check(z.minLength(1, 'Choose a goal type.')),
      RestrictionGroups: z.array(
        z.looseObject({
          Name: z.nullish(z.string()),
          Description: z.nullish(z.string()),
          Rank: z.nullish(z.number()),
          Restrictions: z.nullish(z.array(restrictionSchema)),
        }),
      ),
    })
    .check(
      z.superRefine((v, ctx) => {
        v.RestrictionGroups.forEach((g, gi) => {
          const rs = g.Restrictions ?? [];
          rs.forEach((r, ri) => {
            const at = ['RestrictionGroups', gi, 'Restrictions', ri];
            if (!r.Name) {
              ctx.addIssue({ code: 'custom', message: 'Choose a field.', path: [...at, 'Name'] });
              return;
            }
            const operator = r.Operator ?? '';
            const missing =
              missingValues(operator, r.Values ?? [], typeOf(r.Name)) ??
              (takesNumbers(typeOf(r.Name), operator)
                ? numberValueProblem(operator, r.Values ?? [], countNameOf(r.Name))
                : null) ??
              reversedRangeProblem(typeOf(r.Name), operator, r.Values ?? []);
            if (missing)
              ctx.addIssue({ code: 'custom', message: missing, path: [...at, 'Values'] });
          });
          const check = checkParentheses(rs);
          if (!check.ok)
            ctx.addIssue({
              code: 'custom',
              message: check.message,
              path: ['RestrictionGroups', gi, 'Restrictions'],
            });
        });
      }),
    );
/** The goal form's schema without field types (number values are then not checked). */
export const goalFormSchema = makeGoalFormSchema();
export type GoalFormValues = z.infer<typeof goalFormSchema>;
export type GoalFormInput = z.input<typeof goalFormSchema>;

/** Form values from a loaded goal (groups in rank order). */
export function toGoalFormValues(g: WorkflowGoal): GoalFormValues {
  return {
    GoalType: g.GoalType ?? 'None',
    RestrictionGroups: sortByRank(g.RestrictionGroups ?? []) as GoalFormValues['RestrictionGroups'],
  };
}

/**
 * A new goal's starting values: the groups CreateDefaultWorkflowGoal proposes, but no goal type
 * while the user may choose one. The type is what a participant must do to reach the goal and
 * leave the flow (without groups, anyone who does it): one taken from the server's default
 * (the sandbox proposes Contact updated, a tenant None) would be saved by a Save pressed on the
 * empty form, so a new goal, as a new option with its Name, is saved only once it is chosen.
 */
export function toNewGoalFormValues(g: WorkflowGoal, typeEditable: boolean): GoalFormValues {
  const values = toGoalFormValues(g);
  return typeEditable ? { ...values, GoalType: '' } : values;
}

/**
 * A stored goal's form values for a user who may (typeEditable) or may not choose its type. A
 * goal stored with no type (None: a tenant may have one, saved before the type was asked for, or
 * by another client) shows none, so that Save asks for one on the field as for a new goal: kept,
 * it would go on pulling out of the flow nobody, or everyone the tenant's None matches. A
 * read-only or hidden type is not the user's to fix: it stays None and does not stop the save
 * (the server stores None as it is sent, as a tenant does).
 */
export function toStoredGoalFormValues(g: WorkflowGoal, typeEditable: boolean): GoalFormValues {
  const values = toGoalFormValues(g);
  return typeEditable && values.GoalType === 'None' ? { ...values, GoalType: '' } : values;
}

/**
 * The Save body: the loaded goal with only changed fields replaced; groups get Rank 1..n, and
 * the values of number conditions the user changed are sent as the server reads numbers
 * ("1 234,5" → "1234.5"). A condition just as loaded (wherever it moved) goes back exactly as
 * loaded: "50000.00" stays "50000.00", for the round trip to be lossless.
 */
export function toGoalSaveBody(
  loaded: WorkflowGoal,
  values: GoalFormValues,
  dirty: Partial<Record<keyof GoalFormValues, unknown>>,
  typeOf: FieldTypeOf = typeUnknown,
): WorkflowGoal {
  const body: WorkflowGoal = { ...loaded };
  if (dirty.GoalType) body.GoalType = values.GoalType;
  const asLoaded = (loaded.RestrictionGroups ?? []).flatMap((g) => g.Restrictions ?? []);
  const rewritten = (r: ArchiveRestrictionInfo) =>
    takesNumbers(typeOf(r.Name ?? ''), r.Operator ?? '') &&
    r.Values &&
    !asLoaded.some((l) => sameStored(l, r));
  if (dirty.RestrictionGroups)
    body.RestrictionGroups = renumberRanks(
      (values.RestrictionGroups as ArchiveRestrictionGroup[]).map((g) =>
        g.Restrictions?.some(rewritten)
          ? {
              ...g,
              Restrictions: g.Restrictions.map((r) =>
                rewritten(r) && r.Values ? { ...r, Values: invariantNumbers(r.Values) } : r,
              ),
            }
          : g,
      ),
    );
  return body;
}

/**
 * Form paths the server may name in a 400 (its names are the same dotted paths) that the editor
 * shows a message at; any other field's message goes in the banner, so none is lost (there is no
 * control for WorkflowId or the whole RestrictionGroups list, nor a join after the last condition).
 */
export function goalFormFields(values: GoalFormValues): string[] {
  const out = ['GoalType'];
  values.RestrictionGroups.forEach((g, gi) => {
    const p = `RestrictionGroups.${gi}`;
    out.push(`${p}.Name`, `${p}.Description`, `${p}.Restrictions`);
    const rs = g.Restrictions ?? [];
    rs.forEach((_, ri) =>
      ['Name', 'Operator', 'Values', 'InterParenthesis']
        .concat(ri < rs.length - 1 ? ['InterOperator'] : [])
        .forEach((f) => out.push(`${p}.Restrictions.${ri}.${f}`)),
    );
  });
  return out;
}

/** FieldProperties keys for the group fields (the server sends one right for all groups). */
export const groupRightsNames = (values: GoalFormValues) =>
  values.RestrictionGroups.flatMap((_, gi) => [
    { name: `RestrictionGroups.${gi}.Name`, rightsName: 'RestrictionGroups.Name' },
    { name: `RestrictionGroups.${gi}.Description`, rightsName: 'RestrictionGroups.Description' },
  ]);
