import { describe, expect, it } from 'vitest';
import { pasteRefusalText } from './pasteRefusalText.ts';
import { makeRow } from './testRows.ts';
import { parseTsv } from './tsv.ts';

const rows = [
  makeRow(1, [0, 0, 0], { label: 'Flowdesk Demo AS' }),
  makeRow(2, [0, 0, 0], { label: 'Chloe Martin' }),
  makeRow(3, [0, 0, 0], { label: 'Ella Sand' }),
  makeRow(9, [0, 0, 0], { label: 'All – Nordics', derived: true }),
  makeRow(4, [0, 0, 0], { label: 'Lars Holm' }),
];
const months = ['January', 'February', 'March'];

/** `at`: the grid row of the refused line (where the block goes: see readPastedBlock.test). */
function refusal(tsv: string, at: { row: number; col: number }) {
  const parsed = parseTsv(tsv, 'nb-NO');
  if (parsed.ok) throw new Error('expected a refusal');
  return pasteRefusalText(parsed.error, at, rows, months, 'nb-NO');
}

describe('pasteRefusalText', () => {
  it('names the grid cell the bad value was for, not only its place in the block', () => {
    expect(refusal('1 234,50\t"2\n3"\t\r\n\t5\r\n', { row: 1, col: 0 })).toBe(
      'Paste refused: "2 3" (for Chloe Martin, February; row 1, column 2 of the copied cells) is not a number. Nothing was changed.',
    );
  });

  it('says what the row takes when the value is in another currency', () => {
    const parsed = parseTsv('1\t€5', 'nb-NO', () => ['NOK']);
    if (parsed.ok) throw new Error('expected a refusal');
    expect(pasteRefusalText(parsed.error, { row: 1, col: 0 }, rows, months, 'nb-NO')).toBe(
      'Paste refused: "€5" (for Chloe Martin, February; row 1, column 2 of the copied cells) is in another currency (€) than its row, which is in NOK. Write it as 5 kr, 5 NOK or just 5. Nothing was changed.',
    );
  });

  it('does not name the row’s currency when the user may not see it', () => {
    const parsed = parseTsv('1\t€5', 'nb-NO', () => ['NOK']);
    if (parsed.ok) throw new Error('expected a refusal');
    const hidden = rows.map((r) =>
      r.label === 'Chloe Martin' ? { ...r, currencyHidden: true as const } : r,
    );
    const text = pasteRefusalText(parsed.error, { row: 1, col: 0 }, hidden, months, 'nb-NO');
    expect(text).toBe(
      'Paste refused: "€5" (for Chloe Martin, February; row 1, column 2 of the copied cells) has a currency (€), and its row\'s currency is not shown. Write it as just 5. Nothing was changed.',
    );
  });

  it('says when the bad value falls beyond the grid', () => {
    expect(refusal('1\t2\tx', { row: 4, col: 1 })).toContain(
      '"x" (beyond the grid; row 1, column 3 of the copied cells) is not a number.',
    );
  });

  it('cuts long pasted text short', () => {
    const text = refusal(`${'lorem ipsum '.repeat(200)}`, { row: 0, col: 0 });
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('"lorem ipsum lorem ipsum lorem ipsum lore…"');
  });
});
