import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRow } from '../model/testRows.ts';
import { HistoryPanel } from './HistoryPanel.tsx';

vi.mock('../hooks/useRowHistory.ts', () => ({
  useRowHistory: () => ({
    status: 'success',
    revisions: [
      {
        LogEvent: 'Edit',
        When: '2026-02-01T08:15:00Z',
        Who: { FullName: 'Paul Planner' },
        Changes: [{ FieldIdentifier: 'Values[0]', ValueChangeFrom: 1.2, ValueChangeTo: 2.25 }],
      },
    ],
  }),
}));

afterEach(cleanup);

describe('HistoryPanel', () => {
  it('writes the row’s values with its currency’s decimals, as the grid does (KWD 1.200)', () => {
    render(
      <HistoryPanel
        row={makeRow(1, [2.25], { label: 'Ali Sabah', currency: 'KWD', decimals: 3 })}
        periodNames={['January']}
        locale="en-US"
        onClose={() => {}}
      />,
    );
    const changes = screen.getByRole('region', { name: 'Changes to Ali Sabah' });
    expect(changes).toHaveTextContent('January 1.200 → 2.250');
  });
});
