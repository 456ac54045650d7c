import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvImportPreview } from '../model/csv.ts';
import { makeRow } from '../model/testRows.ts';
import { CsvImportDialog } from './CsvImportDialog.tsx';

afterEach(cleanup);

const changes = [
  { assignmentId: 1, period: 0, before: 1.2, after: 2.5 },
  { assignmentId: 2, period: 0, before: 1.2, after: 2.5 },
  { assignmentId: 3, period: 0, before: 1200, after: 2500 },
];
const preview: CsvImportPreview = {
  changes,
  action: { label: 'Imported a CSV file (3 cells changed)', cells: changes, locks: [] },
  refusedLocked: [],
  refusedDerived: [],
  refusedRestricted: [],
  unknownRows: [],
  duplicateRows: [],
  error: null,
  rounded: null,
};

describe('CsvImportDialog', () => {
  it('writes each row’s values with its currency’s decimals, as the grid does', () => {
    render(
      <CsvImportDialog
        fileName="targets.csv"
        preview={preview}
        rows={[
          makeRow(1, [1.2], { label: 'Ali Sabah', currency: 'KWD', decimals: 3 }),
          makeRow(2, [1.2], { label: 'Nora Berg' }),
          makeRow(3, [1200], { label: 'Yui Sato', currency: 'JPY', decimals: 0 }),
        ]}
        periodNames={['January']}
        locale="en-US"
        onApply={() => {}}
        onClose={() => {}}
      />,
    );
    const line = (name: string) =>
      within(screen.getByRole('cell', { name }).closest('tr')!)
        .getAllByRole('cell')
        .slice(2)
        .map((c) => c.textContent);
    expect(line('Ali Sabah')).toEqual(['1.200', '2.500']);
    expect(line('Nora Berg')).toEqual(['1.20', '2.50']);
    expect(line('Yui Sato')).toEqual(['1,200', '2,500']);
  });
});
