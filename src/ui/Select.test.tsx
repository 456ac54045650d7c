import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Field } from './Field.tsx';
import { Select } from './Select.tsx';

const options = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year', disabled: true },
];

describe('Select', () => {
  it('is named by its Field label and reports the chosen value', async () => {
    const onValueChange = vi.fn();
    render(
      <Field label="Period type">
        {(p) => <Select {...p} options={options} value="" onValueChange={onValueChange} />}
      </Field>,
    );
    const trigger = screen.getByRole('combobox', { name: 'Period type' });
    expect(trigger).toHaveTextContent('Select…');
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('option', { name: 'Quarter' }));
    expect(onValueChange).toHaveBeenCalledWith('quarter');
  });
});
