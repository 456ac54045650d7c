import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Tabs } from './Tabs.tsx';

describe('Tabs', () => {
  it('moves selection with arrow keys', async () => {
    render(
      <Tabs
        aria-label="Goal"
        tabs={[
          { value: 'general', label: 'General', content: 'General panel' },
          { value: 'rules', label: 'Rules', content: 'Rules panel' },
        ]}
      />,
    );
    const general = screen.getByRole('tab', { name: 'General' });
    expect(general).toHaveAttribute('aria-selected', 'true');
    general.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Rules' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Rules' })).toHaveTextContent('Rules panel');
  });
});
