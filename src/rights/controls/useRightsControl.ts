import { useController, useFormContext, type FieldValues } from 'react-hook-form';
import { useFieldAccess } from '../FieldRightsContext.ts';

/** Binds a form path to RHF (controlled, so disabled fields keep their value on submit) and to its rights. */
export function useRightsControl(name: string, rightsName?: string) {
  const { control } = useFormContext<FieldValues>();
  const access = useFieldAccess(rightsName ?? name);
  const { field, fieldState } = useController<FieldValues>({ name, control });
  return { access, field, error: fieldState.error?.message };
}
