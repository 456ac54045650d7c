import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '../../../ui/index.ts';
import { formatLocaleDecimal, localeDecimalText } from '../logic/localeNumber.ts';

export interface LocaleNumberInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  /** The value as the server reads numbers ("50000.5"), or text typed that is not a number. */
  value: string;
  onChange: (value: string) => void;
  locale?: string;
}

/**
 * A number in the user's culture ("50,000" in en-US, "50.000" in de-DE, "50 000" in nb-NO). What
 * is typed stays as typed until the input is left, and is read in the culture and handed on
 * plainly, every digit kept; text that is not a number is handed on as typed, for the form to
 * refuse. Focusing and leaving the input never changes the value, nor its text (so Tab into it
 * selects the number, and typing replaces it).
 */
export function LocaleNumberInput({
  value,
  onChange,
  locale,
  onBlur,
  ...rest
}: LocaleNumberInputProps) {
  /** What was typed since the input took focus, and the value it stands for. */
  const [typed, setTyped] = useState<{ text: string; value: string } | null>(null);
  // Not what was typed once the value changed from elsewhere meanwhile (a reload, a reset).
  const shown =
    typed !== null && typed.value === value
      ? typed.text
      : (formatLocaleDecimal(value, locale) ?? value);
  return (
    <NumberInput
      {...rest}
      value={shown}
      onBlur={(e) => {
        setTyped(null);
        onBlur?.(e);
      }}
      onChange={(e) => {
        const text = e.target.value;
        const read = localeDecimalText(text, locale);
        const next = read === null ? '' : read || text;
        setTyped({ text, value: next });
        onChange(next);
      }}
    />
  );
}
