import { render, screen } from '@testing-library/react';
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
  });
});
