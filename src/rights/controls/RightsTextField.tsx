import { TextInput } from '../../ui/TextInput.tsx';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';
import { textBinding } from './textBinding.ts';

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
  note,
  className,
  placeholder,
  autoComplete,
}: RightsTextFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  if (access.hidden) return null;
  return (
    <RightsFieldFrame {...{ access, label, description, error, note, className }}>
      {(control) => (
        <TextInput
          {...control}
          {...textBinding(field, access)}
          placeholder={placeholder}
          autoComplete={autoComplete}
        />
      )}
    </RightsFieldFrame>
  );
}
