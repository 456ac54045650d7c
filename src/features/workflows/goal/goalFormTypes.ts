import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import type { GoalFormInput, GoalFormValues } from './goalForm.ts';

/** The goal editor's form, and its list of restriction groups. */
export type GoalFormApi = UseFormReturn<GoalFormInput, unknown, GoalFormValues>;
export type GoalGroupsApi = UseFieldArrayReturn<GoalFormInput, 'RestrictionGroups', 'fieldKey'>;
export type FormGroup = GoalFormValues['RestrictionGroups'][number];
export type FormRestriction = NonNullable<FormGroup['Restrictions']>[number];
