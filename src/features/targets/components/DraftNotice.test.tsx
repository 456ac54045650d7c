import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftNotice } from './DraftNotice.tsx';

const notice = {
  count: 2,
  savedAt: '2026-11-23T10:00:00Z',
  rebased: true,
  conflicts: [{ assignmentId: 1, period: 0 }],
  dropped: [9],
};
const labels: Record<number, string> = { 1: 'Mats Aas' };

describe('DraftNotice', () => {
  it('says when in the user’s culture, and names conflicts and dropped rows', () => {
    render(
      <DraftNotice
        notice={notice}
        labelOf={(id) => labels[id] ?? `a removed row (${id})`}
        periodNames={['January', 'February']}
        locale="de-DE"
        onKeep={() => {}}
        onDiscard={() => {}}
      />,
    );
    expect(screen.getByText(/^Restored 2 unsaved changes from 23\.11\.2026/)).toBeTruthy();
    expect(screen.getByText(/You both changed Mats Aas \(January\)/)).toBeTruthy();
    expect(screen.getByText(/Changes to a removed row \(9\) could not be kept/)).toBeTruthy();
    // Named apart from the toolbar's "Discard all changes", shown beside it.
    expect(screen.getByRole('button', { name: 'Discard restored changes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep them' })).toBeTruthy();
  });

  it('says the period type changed, and nothing about values shown on top, when none could be restored', () => {
    render(
      <DraftNotice
        notice={{
          count: 0,
          savedAt: '2026-11-23T10:00:00Z',
          rebased: true,
          conflicts: [],
          dropped: [],
          periodsChanged: { from: 2, to: 4 },
        }}
        labelOf={(id) => labels[id] ?? `a removed row (${id})`}
        periodNames={['Q1', 'Q2', 'Q3', 'Q4']}
        locale="en-US"
        onKeep={() => {}}
        onDiscard={() => {}}
      />,
    );
    expect(screen.getByText(/could not be restored\.?$/)).toBeTruthy();
    expect(
      screen.getByText(
        'The period type of these targets was changed from Half year to Quarter after your changes were made, so your values no longer fit its periods and were not restored. Enter them again if you still want them.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/shown on top of their values/)).toBeNull();
    expect(screen.queryByText(/removed or locked/)).toBeNull();
  });

  it('opens and closes its text from a one-line disclosure (shown in a narrow window)', () => {
    render(
      <DraftNotice
        notice={{ ...notice, rebased: false, conflicts: [], dropped: [] }}
        labelOf={(id) => labels[id] ?? `a removed row (${id})`}
        periodNames={['January']}
        locale="en-US"
        onKeep={() => {}}
        onDiscard={() => {}}
      />,
    );
    const details = screen.getByRole('button', { name: 'Restored 2 changes' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    // The time the wide title names is in the text the disclosure opens.
    expect(screen.getByText(/^From Nov 23, 2026, .+\.$/)).toBeTruthy();
  });
});
