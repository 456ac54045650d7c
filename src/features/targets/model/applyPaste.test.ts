import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPaste } from './applyPaste.ts';
import { applyClear } from './applyClear.ts';
import { makeRow } from './testRows.ts';

const rows = [
  makeRow(1, [1, 2, 3, 4], { label: 'Nora Berg' }),
  makeRow(2, [5, 6, 7, 8], { label: 'Lars Holm', locked: true }),
  makeRow(3, [0, 0, 0, 0], { label: 'Ingrid Dahl', decimals: 0 }),
  makeRow(9, [5, 6, 7, 8], { label: 'All – Nordics', derived: true }),
  makeRow(4, [1, 1, 1, 1], { label: 'Erik Lund' }),
];
const at = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

describe('applyPaste', () => {
  it('says which sum row it went past and which values it left out past the last row', () => {
    const r = applyPaste(rows, at(2, 0), [[1], [2], [3], [4]], 4);
    expect(r.ok && r.action.label).toBe(
      "Pasted 4 × 1 cells (2 changed). Skipped All – Nordics, which adds up its users. Left out: 2 values beyond the grid's last row or period",
    );
  });

  it('goes past a sum row: line N of a block copied from a spreadsheet lands on the Nth editable row', () => {
    // The value for Erik Lund was left out on All – Nordics, and the rows below got the lines
    // meant for the rows above them.
    const r = applyPaste(rows, at(2, 0), [[10], [20]], 4);
    expect(r.ok && r.action.cells).toEqual([
      { assignmentId: 3, period: 0, before: 0, after: 10 },
      { assignmentId: 4, period: 0, before: 1, after: 20 },
    ]);
    // A blank line is a row left as it is, not the sum row's.
    const blank = applyPaste(rows, at(2, 0), [[10], [null], [30]], 4);
    expect(blank.ok && blank.action.cells.map((c) => c.assignmentId)).toEqual([3]);
  });

  it('pastes a block at the anchor, skipping blanks and rounding to the unit', () => {
    const r = applyPaste(rows, at(0, 2), [[10.005, null, 99]], 4);
    expect(r).toEqual({
      ok: true,
      action: {
        label:
          "Pasted 1 × 3 cells (1 changed). Left out: 1 value beyond the grid's last row or period",
        cells: [{ assignmentId: 1, period: 2, before: 3, after: 10.01 }],
        locks: [],
      },
      rounded: [{ row: 'Nora Berg', period: 2, given: 10.005, kept: 10.01, currency: 'NOK' }],
    });
  });

  it('lists every value it rounded, also where the rounded value is the one the cell has', () => {
    // Ingrid Dahl's row has no decimals (as JPY); 0.4 keeps her 0, and is still rounded.
    const r = applyPaste(rows, at(2, 0), [[123.45, 0.4, 7]], 4);
    expect(r.ok && r.rounded.map((x) => [x.given, x.kept])).toEqual([
      [123.45, 123],
      [0.4, 0],
    ]);
    expect(r.ok && r.action.cells.map((c) => c.after)).toEqual([123, 7]);
  });

  it('refuses a paste on a sum row: a block would have landed on the next row', () => {
    const r = applyPaste(rows, at(3, 0), [[10], [20]], 4);
    expect(r).toMatchObject({ ok: false, reason: 'derived', rows: ['All – Nordics'] });
    if (!r.ok)
      expect(r.message).toBe(
        "Paste refused: All – Nordics adds up the users above it and cannot be pasted into: paste into the users' rows instead. Nothing was changed.",
      );
    // So is a single value, which changed nothing there and said only "(0 changed)".
    expect(applyPaste(rows, at(3, 1), [[null]], 4)).toMatchObject({
      ok: false,
      reason: 'derived',
      rows: ['All – Nordics'],
    });
    // Its own figures, copied with it, still paste back where they came from.
    const own = applyPaste(rows, at(3, 0), [[5], [2]], 4);
    expect(own.ok && own.action.cells).toEqual([
      { assignmentId: 4, period: 0, before: 1, after: 2 },
    ]);
  });

  it('refuses a paste touching a locked row as a whole, naming it', () => {
    const r = applyPaste(rows, at(0, 0), [[7], [7]], 4);
    expect(r).toMatchObject({ ok: false, reason: 'locked', rows: ['Lars Holm'] });
    if (!r.ok) expect(r.message).toContain('Lars Holm');
  });

  it("keeps a block copied with its sum rows aligned: a sum row's own figures stay on it", () => {
    // 8 is the users' sum once 1.6 (kept as 2) is pasted: 1 + 5 + 2.
    const r = applyPaste(rows, at(2, 0), [[1.6], [8], [2]], 4);
    expect(r.ok && r.action.cells).toEqual([
      { assignmentId: 3, period: 0, before: 0, after: 2 },
      { assignmentId: 4, period: 0, before: 1, after: 2 },
    ]);
    expect(r.ok && r.action.label).toBe('Pasted 3 × 1 cells (2 changed)');
    // …and so is the sum the row shows now (a copy of the grid pasted back unchanged).
    const same = applyPaste(
      rows,
      at(2, 0),
      [
        [0, 0],
        [5, 6],
        [3, 3],
      ],
      4,
    );
    expect(same.ok && same.action.cells.map((c) => [c.assignmentId, c.after])).toEqual([
      [4, 3],
      [4, 3],
    ]);
  });

  it('fills a selection with a single value', () => {
    const r = applyPaste(rows, { top: 0, left: 0, bottom: 0, right: 3 }, [[5]], 4);
    expect(r.ok && r.action.cells.map((c) => c.after)).toEqual([5, 5, 5, 5]);
  });

  it('refuses nothing to paste and a paste outside the grid', () => {
    expect(applyPaste(rows, at(0, 0), [], 4)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(applyPaste(rows, at(0, 9), [[1]], 4)).toMatchObject({
      ok: false,
      reason: 'outOfBounds',
    });
  });

  it('never changes a locked row, whatever is pasted where', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(
          fc.array(fc.option(fc.integer({ min: -1e6, max: 1e6 })), { minLength: 1, maxLength: 5 }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (row, col, matrix) => {
          const r = applyPaste(rows, at(row, col), matrix, 4);
          if (r.ok)
            expect(r.action.cells.some((c) => c.assignmentId === 2 || c.assignmentId === 9)).toBe(
              false,
            );
        },
      ),
    );
  });
});

describe('applyClear', () => {
  it('clears editable rows, leaves locked and derived rows and reports locked ones', () => {
    const r = applyClear(rows, { top: 0, left: 2, bottom: 4, right: 3 });
    expect(r.skippedLocked).toEqual(['Lars Holm']);
    expect(r.action.cells).toEqual([
      { assignmentId: 1, period: 2, before: 3, after: 0 },
      { assignmentId: 1, period: 3, before: 4, after: 0 },
      { assignmentId: 4, period: 2, before: 1, after: 0 },
      { assignmentId: 4, period: 3, before: 1, after: 0 },
    ]);
    expect(r.action.label).toBe('Cleared 4 cells');
  });
});

describe('rows their own rights forbid changing', () => {
  const withRights = [
    makeRow(1, [1, 2], { label: 'Nora Berg' }),
    makeRow(2, [3, 4], { label: 'Chloe Martin', restriction: 'Not your user group.' }),
  ];
  const both = { top: 0, left: 0, bottom: 1, right: 1 };

  it('refuse a paste touching them as a whole, naming them and saying why', () => {
    expect(applyPaste(withRights, both, [[9]], 2)).toEqual({
      ok: false,
      reason: 'restricted',
      message:
        'Paste refused: row Chloe Martin cannot be changed. Not your user group. Nothing was changed.',
      rows: ['Chloe Martin'],
    });
  });

  it('are left as they are by a clear, and named', () => {
    const r = applyClear(withRights, both);
    expect(r.action.cells.map((c) => c.assignmentId)).toEqual([1, 1]);
    expect(r.skippedRestricted.map((row) => row.label)).toEqual(['Chloe Martin']);
  });
});
