import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Switch } from './Switch.tsx';

describe('Switch', () => {
  it('toggles with the keyboard and reports the new state', async () => {
    const onChange = vi.fn();
    render(<Switch label="Active" onCheckedChange={onChange} />);
    const sw = screen.getByRole('switch', { name: 'Active' });
    expect(sw).toHaveAttribute('aria-checked', 'false');
    sw.focus();
    await userEvent.keyboard(' ');
    expect(sw).toHaveAttribute('aria-checked', 'true');
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
