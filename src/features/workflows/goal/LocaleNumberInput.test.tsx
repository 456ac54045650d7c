import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { LocaleNumberInput } from './LocaleNumberInput.tsx';

/** The input with its value kept as the form keeps it; the value is shown in a paragraph. */
function Harness({ initial, locale }: { initial: string; locale: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label>
        Value
        <LocaleNumberInput value={value} onChange={setValue} locale={locale} />
      </label>
      <p>kept: {value}</p>
    </>
  );
}

describe('LocaleNumberInput', () => {
  it.each([
    ['en-US', '50,000', '75,000.5', '1,234,567'],
    ['de-DE', '50.000', '75.000,5', '1.234.567'],
    ['nb-NO', '50\u00a0000', '75\u00a0000,5', '1\u00a0234\u00a0567'],
  ])('in %s shows 50000 as %s, and reads %s back exactly', (locale, shown, typed, million) => {
    render(<Harness initial="50000" locale={locale} />);
    const input = screen.getByRole('textbox', { name: 'Value' });
    expect(input).toHaveValue(shown);
    fireEvent.focus(input);
    expect(input).toHaveValue(shown);
    fireEvent.blur(input);
    // Focusing and leaving changes nothing.
    expect(screen.getByText('kept: 50000')).toBeInTheDocument();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: typed } });
    expect(input).toHaveValue(typed);
    expect(screen.getByText('kept: 75000.5')).toBeInTheDocument();
    fireEvent.blur(input);
    expect(input).toHaveValue(typed);
    // Typed otherwise, it is shown as the culture writes it once left.
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '1234567' } });
    expect(input).toHaveValue('1234567');
    fireEvent.blur(input);
    expect(input).toHaveValue(million);
  });

  it('keeps every digit of a long value, and text that is not a number as typed', () => {
    render(<Harness initial="99999999999999999999999" locale="de-DE" />);
    const input = screen.getByRole('textbox', { name: 'Value' });
    expect(input).toHaveValue('99.999.999.999.999.999.999.999');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '12345678901234567,25' } });
    expect(screen.getByText('kept: 12345678901234567.25')).toBeInTheDocument();
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.blur(input);
    expect(input).toHaveValue('lots');
    expect(screen.getByText('kept: lots')).toBeInTheDocument();
  });
});
