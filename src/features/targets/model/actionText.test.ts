import { describe, expect, it } from 'vitest';
import { actionSentence, undoneText } from './actionText.ts';
import { applyClear } from './applyClear.ts';
import { applyPaste } from './applyPaste.ts';
import { exportCsv, previewCsvImport } from './csv.ts';
import { periodsFor } from './periods.ts';
import { clearRow, distributeNewTotal, setRowLocked, setYearlyAmount } from './rowActions.ts';
import { makeRow } from './testRows.ts';
import type { ActionResult, EditAction } from './types.ts';

describe('action announcements', () => {
  it('end with a full stop, once', () => {
    expect(actionSentence('Locked Leo Russo.')).toBe('Locked Leo Russo.');
    expect(actionSentence('Pasted 2 × 3 cells (6 changed)')).toBe(
      'Pasted 2 × 3 cells (6 changed).',
    );
  });

  it('say what was undone or redone as a sentence', () => {
    expect(undoneText('Undone', 'Locked Leo Russo.')).toBe('Undone: locked Leo Russo.');
    expect(undoneText('Redone', 'Split 12 evenly over Chloe Martin’s 12 months.')).toBe(
      'Redone: split 12 evenly over Chloe Martin’s 12 months.',
    );
    expect(undoneText('Undone', 'Imported a CSV file (3 cells changed)')).toBe(
      'Undone: imported a CSV file (3 cells changed).',
    );
    expect(undoneText('Undone', 'CSV import')).toBe('Undone: CSV import.');
  });
});

describe('every undoable action’s label', () => {
  const periods = periodsFor('Quarter', 'en');
  const chloe = makeRow(1, [1, 2, 3, 4], { label: 'Chloe Martin' });
  const leo = makeRow(2, [5, 6, 7, 8], { label: 'Leo Russo' });
  const rows = [chloe, leo];
  const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
  const done = (r: ActionResult): EditAction => {
    if (!r.ok) throw new Error(r.message);
    return r.action;
  };
  const file = exportCsv([{ ...chloe, values: [9, 9, 9, 9] }], periods);
  const actions: [string, EditAction][] = [
    // A typed value is labelled where it is typed (useGridActions): "Set <row>, <period>".
    [
      'a typed value',
      {
        label: 'Set Chloe Martin, Q1',
        cells: [{ assignmentId: 1, period: 0, before: 1, after: 5 }],
        locks: [],
      },
    ],
    ['a paste', done(applyPaste(rows, { top: 0, left: 0, bottom: 0, right: 0 }, [[7, 8]], 4))],
    ['a clear', applyClear(rows, { top: 0, left: 0, bottom: 1, right: 1 }).action],
    ['a CSV import', previewCsvImport(file, rows, periods, 'en').action!],
    ['a yearly amount', done(setYearlyAmount(chloe, 100, fmt))],
    ['a distribution', done(distributeNewTotal(chloe, 100, fmt))],
    ['a row cleared', done(clearRow(chloe))],
    ['a lock', done(setRowLocked(leo, true))],
  ];

  it.each(actions)(
    'of %s says what was done, so that Undone: / Redone: read as that action',
    (_, action) => {
      // A verb in the past tense, as "Locked Leo Russo." and "Distributed 100 over …" do.
      expect(action.label).toMatch(
        /^(Set|Split|Distributed|Copied|Locked|Unlocked|Pasted|Cleared|Imported) /,
      );
      expect(undoneText('Undone', action.label)).toMatch(/^Undone: [a-z]+ [^:]*\.$/);
    },
  );

  it('of a paste, a clear and a CSV import names what it changed', () => {
    expect(actions[1][1].label).toBe('Pasted 1 × 2 cells (2 changed)');
    expect(actions[2][1].label).toBe('Cleared 4 cells');
    expect(actions[3][1].label).toBe('Imported a CSV file (4 cells changed)');
    expect(undoneText('Redone', actions[3][1].label)).toBe(
      'Redone: imported a CSV file (4 cells changed).',
    );
  });
});
