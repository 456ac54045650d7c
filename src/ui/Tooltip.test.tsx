import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button.tsx';
import { IconButton } from './IconButton.tsx';
import { Tooltip } from './Tooltip.tsx';
import { Undo2 } from 'lucide-react';

describe('Tooltip', () => {
  it('shows on keyboard focus, describes the trigger, and Escape hides it', async () => {
    render(<IconButton label="Undo (Ctrl+Z)" icon={<Undo2 />} />);
    await userEvent.tab();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Undo (Ctrl+Z)');
    const button = screen.getByRole('button', { name: 'Undo (Ctrl+Z)' });
    expect(button).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-describedby');
    expect(button).toHaveFocus();
  });

  it('shows after hovering for the delay, hides on leave, and keeps the trigger’s handlers', async () => {
    const onPointerEnter = vi.fn();
    const onClick = vi.fn();
    render(
      <Tooltip content="More about this" delayDuration={50}>
        <Button onPointerEnter={onPointerEnter} onClick={onClick}>
          Info
        </Button>
      </Tooltip>,
    );
    const button = screen.getByRole('button', { name: 'Info' });
    await userEvent.hover(button);
    expect(onPointerEnter).toHaveBeenCalled();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument(); // not before the delay
    expect(await screen.findByRole('tooltip')).toHaveTextContent('More about this');
    await userEvent.unhover(button);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalled();
  });
});
