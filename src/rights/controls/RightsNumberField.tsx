import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { NumberInput } from '../../ui/NumberInput.tsx';
import { parseDecimal } from './parseDecimal.ts';
import { RightsFieldFrame, type RightsFieldProps } from './RightsFieldFrame.tsx';
import { useRightsControl } from './useRightsControl.ts';

export interface RightsNumberFieldProps extends RightsFieldProps {
  placeholder?: string;
}

const format = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');

/**
 * A number bound to a form path and its rights. The form value is a number, null when blank,
 * or the raw text when unreadable (so the schema reports it). Accepts "1 234,5" and "1,234.5".
 */
export function RightsNumberField({
  name,
  rightsName,
  label,
  description,
  note,
  className,
  placeholder,
}: RightsNumberFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  // A reset (load, or the stored record after a save) gives the form new defaults.
  const defaults = useFormContext().formState.defaultValues;
  const [text, setText] = useState(() => format(field.value));
  const [shown, setShown] = useState<unknown>(field.value);
  const [shownDefaults, setShownDefaults] = useState(defaults);
  // The value changed from outside, or the form was reset (a save stored " 2 " as 2): show the
  // value as it is now, not as it was typed.
  if (!Object.is(field.value, shown) || defaults !== shownDefaults) {
    setShown(field.value);
    setShownDefaults(defaults);
    setText(format(field.value));
  }
  if (access.hidden) return null;
  return (
    <RightsFieldFrame {...{ access, label, description, error, note, className }}>
      {(control) => (
        <NumberInput
          {...control}
          ref={field.ref}
          name={field.name}
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            const n = parseDecimal(next);
            const value = n !== null && Number.isNaN(n) ? next : n;
            setText(next);
            setShown(value);
            field.onChange(value);
          }}
          onBlur={field.onBlur}
          disabled={access.readOnly}
          placeholder={placeholder}
        />
      )}
    </RightsFieldFrame>
  );
}
