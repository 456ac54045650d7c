import { TextInput } from '../../ui/TextInput.tsx';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';

export interface RightsTextFieldProps extends RightsFieldProps {
  placeholder?: string;
  autoComplete?: string;
}

/** A text input bound to a form path and the server's rights for it. */
export function RightsTextField({
  name,
  rightsName,
  label,
  description,
  className,
  placeholder,
  autoComplete,
}: RightsTextFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  if (access.hidden) return null;
  return (
    <RightsFieldFrame {...{ access, label, description, error, className }}>
      {(control) => (
        <TextInput
          {...control}
          ref={field.ref}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : (field.value ?? '').toString()}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
          disabled={access.readOnly}
          maxLength={access.maxLength}
          placeholder={placeholder}
          autoComplete={autoComplete}
        />
      )}
    </RightsFieldFrame>
  );
}
