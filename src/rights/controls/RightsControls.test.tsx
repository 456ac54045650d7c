import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReadOnlyBanner } from '../ReadOnlyBanner.tsx';
import { renderRightsForm } from './renderRightsForm.tsx';
import { RightsCheckboxField } from './RightsCheckboxField.tsx';
import { RightsDateField } from './RightsDateField.tsx';
import { RightsNumberField } from './RightsNumberField.tsx';
import { RightsSelectField } from './RightsSelectField.tsx';
import { RightsTextAreaField } from './RightsTextAreaField.tsx';
import { RightsTextField } from './RightsTextField.tsx';

const FieldProperties = {
  Name: {
    FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '[SR_MANDATORY_FIELD_2817]' },
    FieldType: 'System.String',
    FieldLength: 10,
  },
  Title: {
    FieldRight: { Mask: 'Update, UIHintMandatory', Reason: 'This field must be filled in' },
    FieldType: 'System.String',
  },
  Secret: { FieldRight: { Mask: 'None', Reason: '' }, FieldType: 'System.String' },
  Year: {
    FieldRight: { Mask: 'Read, UIHintReadOnly', Reason: 'Year is fixed once saved' },
    FieldType: 'System.Int32',
  },
  Notes: { FieldRight: { Mask: 'FULL', Reason: '' }, FieldType: 'System.String', FieldLength: 200 },
};
const values = {
  Name: 'Q1 plan',
  Title: 'Welcome',
  Secret: 's',
  Year: 2026,
  Notes: '',
  Active: true,
  Period: 'Month',
  Due: '2026-03-01T00:00:00',
};

describe('Rights controls', () => {
  it('hides a field whose mask is None', () => {
    renderRightsForm(<RightsTextField name="Secret" label="Secret" />, {
      carrier: { FieldProperties },
      values,
    });
    expect(screen.queryByLabelText('Secret')).not.toBeInTheDocument();
  });

  it('disables a read-only field and describes it with the Reason', () => {
    renderRightsForm(<RightsNumberField name="Year" label="Year" />, {
      carrier: { FieldProperties },
      values,
    });
    const input = screen.getByRole('textbox', { name: 'Year' });
    expect(input).toBeDisabled();
    expect(input).toHaveValue('2026');
    expect(input).toHaveAccessibleDescription('Year is fixed once saved.');
  });

  it('marks a mandatory field and applies FieldLength as maxLength', () => {
    renderRightsForm(<RightsTextField name="Name" label="Name" />, {
      carrier: { FieldProperties },
      values,
    });
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAttribute('maxLength', '10');
    // The asterisk is drawn by CSS: the label's own text is still exactly "Name".
    expect(screen.getByLabelText('Name')).toBe(input);
    expect(document.querySelector('label [data-required-marker]')).not.toBeNull();
  });

  it('keeps the whole of a paste past FieldLength and says at once how much to cut', async () => {
    renderRightsForm(<RightsTextField name="Name" label="Name" />, {
      carrier: { FieldProperties },
      values,
    });
    const input = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(input);
    // The browser would keep the first 10 characters of this and drop the rest without a word.
    await userEvent.paste('Q1 plan for Nordics');
    expect(input).toHaveValue('Q1 plan for Nordics');
    expect(await screen.findByText('Use at most 10 characters (19 now).')).toBeInTheDocument();
    // Shortened enough, the message goes.
    await userEvent.type(input, '{Backspace}'.repeat(9));
    expect(input).toHaveValue('Q1 plan fo');
    await waitFor(() => expect(screen.queryByText(/Use at most 10/)).not.toBeInTheDocument());
    // A paste that fits is the browser's own.
    await userEvent.clear(input);
    await userEvent.paste('Q2 plan');
    expect(input).toHaveValue('Q2 plan');
    expect(screen.queryByText(/Use at most/)).not.toBeInTheDocument();
  });

  it('says a filled-in mandatory field is required without telling it to be filled in', () => {
    renderRightsForm(<RightsTextField name="Title" label="Title" />, {
      carrier: { FieldProperties },
      values,
    });
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/must be filled in/)).not.toBeInTheDocument();
  });

  it("shows the server's mandatory Reason as the error once the field is emptied and left", async () => {
    const onSubmit = vi.fn();
    renderRightsForm(
      <>
        <RightsTextField name="Title" label="Title" />
        <RightsTextField name="Name" label="Name" />
      </>,
      { carrier: { FieldProperties }, values: { ...values, Name: '' }, onSubmit },
    );
    const title = screen.getByRole('textbox', { name: /Title/ });
    const name = screen.getByRole('textbox', { name: /Name/ });
    // Tabbing through an empty mandatory field says nothing yet.
    await userEvent.click(name);
    await userEvent.tab();
    expect(name).not.toHaveAttribute('aria-invalid');
    await userEvent.clear(title);
    await userEvent.tab();
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('This field must be filled in.');
    expect(name).not.toHaveAttribute('aria-invalid');
    await userEvent.type(title, 'Back');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('blocks submit on an empty mandatory field and shows the error on it', async () => {
    const onSubmit = vi.fn();
    renderRightsForm(<RightsTextField name="Name" label="Name" />, {
      carrier: { FieldProperties },
      values,
      onSubmit,
    });
    const input = screen.getByRole('textbox', { name: /Name/ });
    await userEvent.clear(input);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('This field is required.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('makes every control read-only with a banner when the table lacks Update, and submit keeps values', async () => {
    const onSubmit = vi.fn();
    renderRightsForm(
      <>
        <ReadOnlyBanner />
        <RightsTextAreaField name="Notes" label="Notes" />
        <RightsCheckboxField name="Active" rightsName="IsActive" label="Active" />
        <RightsSelectField
          name="Period"
          label="Period"
          options={[
            { value: 'Month', label: 'Month' },
            { value: 'Quarter', label: 'Quarter' },
          ]}
        />
        <RightsDateField name="Due" label="Due" />
      </>,
      {
        carrier: { TableRight: { Mask: 'Select', Reason: 'Viewers cannot edit' }, FieldProperties },
        values,
        onSubmit,
      },
    );
    // The server's reason has no full stop: the banner reads as a sentence all the same.
    expect(screen.getByRole('status')).toHaveTextContent(/^Read-only: Viewers cannot edit\.$/);
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Active' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Period' })).toBeDisabled();
    expect(screen.getByLabelText('Due')).toBeDisabled();
    expect(screen.getByLabelText('Due')).toHaveValue('2026-03-01');
    // The banner says why on screen; each field carries it too, for a screen reader reading it.
    expect(screen.getByRole('checkbox', { name: 'Active' })).toHaveAccessibleDescription(
      'Viewers cannot edit.',
    );
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveAccessibleDescription(
      'Viewers cannot edit.',
    );
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveAccessibleDescription(
      'Viewers cannot edit.',
    );
    expect(screen.getByLabelText('Due')).toHaveAccessibleDescription('Viewers cannot edit.');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      Notes: '',
      Active: true,
      Due: '2026-03-01T00:00:00',
    });
  });

  it('number field writes numbers (locale formats accepted) and select keeps option types', async () => {
    const onSubmit = vi.fn();
    renderRightsForm(
      <>
        <RightsNumberField name="Amount" label="Amount" />
        <RightsSelectField
          name="GroupId"
          label="Group"
          options={[
            { value: 1, label: 'Sales' },
            { value: 2, label: 'Support' },
          ]}
        />
      </>,
      { carrier: {}, values: { Amount: 0, GroupId: 1 }, onSubmit },
    );
    const amount = screen.getByRole('textbox', { name: 'Amount' });
    await userEvent.clear(amount);
    await userEvent.type(amount, '1 234,5');
    await userEvent.click(screen.getByRole('combobox', { name: 'Group' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Support' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ Amount: 1234.5, GroupId: 2 });
  });

  it('shows a record the server hides (TableRight without Select) as a notice, none of its fields', () => {
    renderRightsForm(<RightsTextField name="Title" label="Title" />, {
      carrier: {
        TableRight: { Mask: 'None', Reason: 'Only the owner sees this option' },
        FieldProperties,
      },
      values,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'This record is hidden from you.Only the owner sees this option. Ask your administrator',
    );
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('Welcome')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
