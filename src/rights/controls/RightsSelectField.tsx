import { Select } from '../../ui/Select.tsx';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';

export interface RightsSelectOption {
  /** Kept as is in the form value (number ids stay numbers); must not be ''. */
  value: string | number;
  label: string;
  disabled?: boolean;
}

export interface RightsSelectFieldProps extends RightsFieldProps {
  options: readonly RightsSelectOption[];
  placeholder?: string;
}

/** A single choice bound to a form path and its rights. */
export function RightsSelectField({
  name,
  rightsName,
  label,
  description,
  note,
  className,
  options,
  placeholder,
}: RightsSelectFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  if (access.hidden) return null;
  const value = field.value === null || field.value === undefined ? '' : String(field.value);
  return (
    <RightsFieldFrame {...{ access, label, description, error, note, className }}>
      {(control) => (
        <Select
          {...control}
          ref={field.ref}
          name={field.name}
          options={options.map((o) => ({ ...o, value: String(o.value) }))}
          value={value}
          onValueChange={(s) => field.onChange(options.find((o) => String(o.value) === s)?.value)}
          onBlur={field.onBlur}
          disabled={access.readOnly}
          placeholder={placeholder}
        />
      )}
    </RightsFieldFrame>
  );
}
