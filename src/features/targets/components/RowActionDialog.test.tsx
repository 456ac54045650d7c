import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRow } from '../model/testRows.ts';
import { RowActionDialog } from './RowActionDialog.tsx';

afterEach(cleanup);

const ella = makeRow(1, [2_000_000, 655_000, 0.05, 0], { label: 'Ella Sand' });

function open(locale: string) {
  const onApply = vi.fn(() => null);
  render(
    <RowActionDialog
      kind="distribute"
      row={ella}
      rows={[ella]}
      locale={locale}
      onApply={onApply}
      onClose={() => {}}
    />,
  );
  const field = screen.getByRole('textbox', { name: /^New total/ });
  const distribute = () => fireEvent.click(screen.getByRole('button', { name: 'Distribute' }));
  return { field, distribute, onApply };
}

describe('RowActionDialog, Distribute a new total', () => {
  it.each([
    ['en-US', '2,655,000.05'],
    ['de-DE', '2.655.000,05'],
    ['en-IN', '26,55,000.05'],
    ['ar-EG', '٢٬٦٥٥٬٠٠٠٫٠٥'],
  ])(
    'starts with the total as the grid writes it in %s, and reads it back exactly',
    (locale, text) => {
      // It started as "2655000.05", unlike the grid's "2,655,000.05".
      const { field, distribute, onApply } = open(locale);
      expect(field).toHaveValue(text);
      distribute();
      expect(onApply).toHaveBeenCalledWith('distribute', 2_655_000.05);
    },
  );

  it('reads a total changed in the culture’s own grouping', () => {
    const { field, distribute, onApply } = open('en-IN');
    fireEvent.change(field, { target: { value: '26,55,001.05' } });
    distribute();
    expect(onApply).toHaveBeenCalledWith('distribute', 2_655_001.05);
  });
});

describe('RowActionDialog, Copy from another row', () => {
  it('offers no row whose figures are not shown, and names no currency that is not shown', () => {
    const hidden = { values: true, currency: false, locked: false, valuesReason: '' };
    const chloe = makeRow(2, [1, 2, 3, 4], { label: 'Chloe Martin', hidden });
    const henry = makeRow(3, [1, 2, 3, 4], {
      label: 'Henry Shaw',
      currency: 'EUR',
      currencyHidden: true,
    });
    const lena = makeRow(4, [1, 2, 3, 4], { label: 'Lena Wolf', currency: 'EUR' });
    render(
      <RowActionDialog
        kind="copyRow"
        row={ella}
        rows={[ella, chloe, henry, lena]}
        locale="en-US"
        onApply={() => null}
        onClose={() => {}}
      />,
    );
    const offered = screen.getAllByRole('option').map((o) => o.textContent);
    expect(offered).toEqual(['Choose a row…', 'Henry Shaw', 'Lena Wolf (EUR)']);
  });
});
