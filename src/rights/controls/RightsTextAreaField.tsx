import { TextArea } from '../../ui/TextArea.tsx';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';
import { textBinding } from './textBinding.ts';

export interface RightsTextAreaFieldProps extends RightsFieldProps {
  rows?: number;
  placeholder?: string;
}

/** A multi-line text input bound to a form path and its rights. */
export function RightsTextAreaField({
  name,
  rightsName,
  label,
  description,
  note,
  className,
  rows,
  placeholder,
}: RightsTextAreaFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  if (access.hidden) return null;
  return (
    <RightsFieldFrame {...{ access, label, description, error, note, className }}>
      {(control) => (
        <TextArea
          {...control}
          {...textBinding(field, access)}
          rows={rows}
          placeholder={placeholder}
        />
      )}
    </RightsFieldFrame>
  );
}
