import { render, screen } from '@testing-library/react';
import { Plus } from 'lucide-react';
import { describe, expect, it } from 'vitest';
import { Button } from './Button.tsx';
import { IconButton } from './IconButton.tsx';

describe('Button', () => {
  it('is a plain type=button by default', () => {
    render(<Button icon={<Plus />}>New goal</Button>);
    const b = screen.getByRole('button', { name: 'New goal' });
    expect(b).toHaveAttribute('type', 'button');
    expect(b).toBeEnabled();
  });

  it('is busy and disabled while loading', () => {
    render(<Button loading>Save</Button>);
    const b = screen.getByRole('button', { name: 'Save' });
    expect(b).toBeDisabled();
    expect(b).toHaveAttribute('aria-busy', 'true');
  });
});

describe('IconButton', () => {
  it('takes its accessible name from label', () => {
    render(<IconButton label="Delete row" icon={<Plus />} />);
    expect(screen.getByRole('button', { name: 'Delete row' })).toBeInTheDocument();
  });
});
