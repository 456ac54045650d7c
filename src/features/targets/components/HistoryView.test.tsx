import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { periodsFor } from '../model/periods.ts';
import { HistoryView } from './HistoryView.tsx';

const revisions = [
  {
    LogEvent: 'Edit',
    When: '2026-02-01T08:15:00Z',
    Who: { FullName: 'Paul Planner' },
    Changes: [{ FieldIdentifier: 'Values[1]', ValueChangeFrom: 100, ValueChangeTo: 250 }],
  },
];

describe('HistoryView', () => {
  it('names periods and shows the date in the user’s culture', () => {
    render(
      <HistoryView
        status="success"
        revisions={revisions}
        periodNames={periodsFor('Month', 'de').map((p) => p.name)}
        format={(n) => String(n)}
        locale="de"
      />,
    );
    expect(screen.getByText(/Februar/)).toBeInTheDocument();
    expect(screen.getByText(/01\.02\.2026/)).toBeInTheDocument();
    expect(screen.getByText(/Paul Planner/)).toBeInTheDocument();
  });

  // A tenant sends When without a zone, already in its own zone; 0001-01-01 is no date.
  it('shows a When without a zone as it states it, and none for 0001-01-01', () => {
    render(
      <HistoryView
        status="success"
        revisions={[
          { ...revisions[0], When: '2026-03-01T09:30:00', Who: { FullName: 'Tenant time' } },
          { ...revisions[0], When: '0001-01-01T00:00:00', Who: { FullName: 'No time' } },
        ]}
        periodNames={periodsFor('Month', 'en-GB').map((p) => p.name)}
        format={(n) => String(n)}
        locale="en-GB"
      />,
    );
    expect(screen.getByText(/Tenant time/)).toHaveTextContent('Tenant time · 1 Mar 2026, 09:30');
    expect(screen.getByText(/No time/)).toHaveTextContent(/^No time$/);
  });

  it('a failed load has a title, the message in words and a Try again that loads again', async () => {
    const retry = vi.fn(async () => true);
    render(
      <HistoryView
        status="error"
        error="The server failed (500). Try again in a moment."
        revisions={[]}
        periodNames={[]}
        format={String}
        locale="en"
        retry={retry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load the revision history');
    expect(alert).toHaveTextContent('The server failed (500). Try again in a moment.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
  });
});
