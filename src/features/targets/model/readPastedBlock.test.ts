import { describe, expect, it } from 'vitest';
import { readPastedBlock } from './readPastedBlock.ts';
import { makeRow } from './testRows.ts';

// Two users and their sum (3 = 1 + 2 each month), then a user of another group.
const rows = [
  makeRow(1, [0, 0, 0], { label: 'Flowdesk Demo AS', kind: 'company', groupId: null }),
  makeRow(2, [1, 1, 1], { label: 'Chloe Martin' }),
  makeRow(3, [2, 2, 2], { label: 'Ella Sand' }),
  makeRow(9, [3, 3, 3], { label: 'All – Nordics', derived: true }),
  makeRow(4, [0, 0, 0], { label: 'Lars Holm', groupId: 2, currency: 'EUR' }),
];
const months = ['January', 'February', 'March'];
const at = (row: number, col = 0) => ({ top: row, left: col, bottom: row, right: col });

function refusal(tsv: string, row: number) {
  const read = readPastedBlock(tsv, 'en-US', rows, at(row), months);
  if (read.ok) throw new Error('expected a refusal');
  return read.message;
}

describe('readPastedBlock', () => {
  it('reads a block, each line with its own row’s currency', () => {
    expect(readPastedBlock('2\n3\n€4', 'en-US', rows, at(2), months)).toEqual({
      ok: true,
      matrix: [[2], [3], [4]],
    });
  });

  it('names the row a refused value was for where the block keeps a sum row’s figures', () => {
    // "3" is the sum row's own figure, so it stays there: "abc" was for Lars Holm, not past him.
    expect(refusal('2\n3\nabc', 2)).toContain(
      '"abc" (for Lars Holm, January; row 3, column 1 of the copied cells) is not a number.',
    );
    // The same placement the currency check uses: "$5" was checked against Lars Holm's EUR.
    expect(refusal('2\n3\n$5', 2)).toContain(
      '"$5" (for Lars Holm, January; row 3, column 1 of the copied cells) is in another currency ($) than its row, which is in EUR.',
    );
  });

  it('goes past a sum row when the line is not its figures', () => {
    expect(refusal('2\nabc', 2)).toContain('"abc" (for Lars Holm, January;');
    expect(refusal('2\n7\nabc', 2)).toContain('"abc" (beyond the grid;');
  });
});
