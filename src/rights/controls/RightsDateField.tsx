import { DateInput } from '../../ui/DateInput.tsx';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';

/**
 * A date bound to a form path and its rights. Carriers hold "2026-03-01T00:00:00"; the input
 * shows the date part and writes back in the same shape (null when cleared).
 */
export function RightsDateField({
  name,
  rightsName,
  label,
  description,
  className,
}: RightsFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  if (access.hidden) return null;
  const current = typeof field.value === 'string' ? field.value : '';
  const withTime = current.includes('T');
  return (
    <RightsFieldFrame {...{ access, label, description, error, className }}>
      {(control) => (
        <DateInput
          {...control}
          ref={field.ref}
          name={field.name}
          value={current.slice(0, 10)}
          onChange={(e) => {
            const d = e.target.value;
            field.onChange(d === '' ? null : withTime ? `${d}${current.slice(10)}` : d);
          }}
          onBlur={field.onBlur}
          disabled={access.readOnly}
        />
      )}
    </RightsFieldFrame>
  );
}
