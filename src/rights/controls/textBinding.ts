import type { ControllerRenderProps, FieldValues } from 'react-hook-form';
import type { FieldAccess } from '../fieldAccess.ts';

/** The props that bind a text input or textarea to a form field and its rights. */
export function textBinding(field: ControllerRenderProps<FieldValues>, access: FieldAccess) {
  return {
    ref: field.ref,
    name: field.name,
    value: typeof field.value === 'string' ? field.value : (field.value ?? '').toString(),
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    onBlur: field.onBlur,
    disabled: access.readOnly,
    maxLength: access.maxLength,
  };
}
