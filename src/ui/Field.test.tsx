import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './Field.tsx';
import { TextInput } from './TextInput.tsx';

describe('Field', () => {
  it('wires label, description and error to the control (render prop)', () => {
    render(
      <Field label="Name" description="Shown to users" error="Too long" required>
        {(p) => <TextInput {...p} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: /Name/ });
    // "required" comes from aria-required, not repeated in the name.
    expect(input).toHaveAccessibleName('Name');
    expect(input).toHaveAccessibleDescription('Shown to users Too long');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
  });

  it('clones props into a single element child and keeps its own describedby', () => {
    render(
      <>
        <p id="extra">Extra</p>
        <Field label="Code" description="Two letters">
          <TextInput aria-describedby="extra" />
        </Field>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAccessibleDescription('Extra Two letters');
    expect(input).not.toHaveAttribute('aria-invalid');
  });
});
