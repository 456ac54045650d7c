import { Checkbox } from '../../ui/Checkbox.tsx';
import { describeWithReason, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';
import { useAccessModel } from '../FieldRightsContext.ts';
import { useFormWideReason } from './FormWideReason.tsx';

/** A checkbox bound to a boolean form path and its rights. */
export function RightsCheckboxField({
  name,
  rightsName,
  label,
  description,
  className,
}: RightsFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  const model = useAccessModel();
  const formReason = useFormWideReason(access, model);
  if (access.hidden) return null;
  return (
    <>
      <Checkbox
        ref={field.ref}
        name={field.name}
        label={label}
        description={describeWithReason(description, access, model)}
        error={error}
        required={access.mandatory}
        checked={field.value === true}
        onChange={(e) => field.onChange(e.target.checked)}
        onBlur={field.onBlur}
        disabled={access.readOnly}
        className={className}
        aria-describedby={formReason.id}
      />
      {formReason.node}
    </>
  );
}
