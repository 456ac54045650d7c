import { useState } from 'react';
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
  className,
  placeholder,
}: RightsNumberFieldProps) {
  const { access, field, error } = useRightsControl(name, rightsName);
  const [text, setText] = useState(() => format(field.value));
  const [shown, setShown] = useState<unknown>(field.value);
  // The value changed from outside (reset, load): show it.
  if (!Object.is(field.value, shown)) {
    setShown(field.value);
    setText(format(field.value));
  }
  if (access.hidden) return null;
  return (
    <RightsFieldFrame {...{ access, label, description, error, className }}>
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
