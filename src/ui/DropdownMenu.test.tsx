import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button.tsx';
import { DropdownMenu, DropdownMenuItem } from './DropdownMenu.tsx';
import { IconButton } from './IconButton.tsx';
import { MoreHorizontal } from 'lucide-react';

describe('DropdownMenu', () => {
  it('opens from the keyboard and runs the chosen item', async () => {
    const onClear = vi.fn();
    render(
      <DropdownMenu trigger={<Button>Row actions</Button>}>
        <DropdownMenuItem>Copy</DropdownMenuItem>
        <DropdownMenuItem tone="danger" onSelect={onClear}>
          Clear
        </DropdownMenuItem>
      </DropdownMenu>,
    );
    screen.getByRole('button', { name: 'Row actions' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Clear' }));
    expect(onClear).toHaveBeenCalled();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('works with an IconButton (tooltip and all) as the trigger', async () => {
    render(
      <DropdownMenu trigger={<IconButton label="More" icon={<MoreHorizontal />} />}>
        <DropdownMenuItem>Copy</DropdownMenuItem>
      </DropdownMenu>,
    );
    const trigger = screen.getByRole('button', { name: 'More' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: 'Copy' })).toBeInTheDocument();
  });

  it('leaves the page around an open menu readable and focusable (no aria-hidden, no inert)', async () => {
    // A modal menu would aria-hide the page but leave it focusable, which axe reports.
    render(
      <>
        <button type="button">Elsewhere</button>
        <DropdownMenu trigger={<Button>Row actions</Button>}>
          <DropdownMenuItem>Copy</DropdownMenuItem>
        </DropdownMenu>
      </>,
    );
    screen.getByRole('button', { name: 'Row actions' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    expect(elsewhere.closest('[aria-hidden="true"], [inert]')).toBeNull();
  });
});
