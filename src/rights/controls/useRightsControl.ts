import { useRef } from 'react';
import { useController, useFormContext, type FieldValues } from 'react-hook-form';
import { useFieldAccess } from '../FieldRightsContext.ts';
import { isEmptyValue } from '../validateWithRights.ts';

/** Binds a form path to RHF (controlled, so disabled fields keep their value on submit) and to its rights. */
export function useRightsControl(name: string, rightsName?: string) {
  const { control, getValues, trigger } = useFormContext<FieldValues>();
  const access = useFieldAccess(rightsName ?? name);
  const { field, fieldState } = useController<FieldValues>({ name, control });
  const edited = useRef(false);
  const bound = {
    ...field,
    onChange: (value: unknown) => {
      edited.current = true;
      field.onChange(value);
      // "Use at most N characters" (from a long paste) goes as soon as the text is short enough.
      if (fieldState.error?.type === 'maxLength') void trigger(name);
    },
    // A mandatory field the user emptied says so when they leave it, not only on save; one
    // merely tabbed through stays quiet until save.
    onBlur: () => {
      field.onBlur();
      if (access.mandatory && !access.readOnly && edited.current && isEmptyValue(getValues(name)))
        void trigger(name);
    },
    validateNow: () => void trigger(name),
  };
  return { access, field: bound, error: fieldState.error?.message };
}
