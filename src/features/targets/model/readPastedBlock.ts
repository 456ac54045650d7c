import { pasteLineCurrencies } from './pasteCurrencies.ts';
import { placeBlock } from './pastePlacement.ts';
import { pasteRefusalText } from './pasteRefusalText.ts';
import { parseTsv, splitTsv, type PastedCell } from './tsv.ts';
import type { CellRange, TargetRow } from './types.ts';

/**
 * Reads clipboard text pasted over `selection`: its figures first, whatever their currency, as
 * they say where each line goes (placeBlock: a line that is a sum row's own figures stays on that
 * row); then each line with the currency of the row it goes to. A refusal names the grid row the
 * refused value was for by that same placement.
 */
export function readPastedBlock(
  text: string,
  locale: string,
  rows: readonly TargetRow[],
  selection: CellRange,
  periodNames: readonly string[],
): { ok: true; matrix: PastedCell[][] } | { ok: false; message: string } {
  const cells = splitTsv(text);
  const single = cells.length === 1 && cells[0].length === 1;
  const figures = parseTsv(text, locale, () => 'any');
  const parsed = figures.ok
    ? parseTsv(text, locale, pasteLineCurrencies(rows, selection, single, figures.matrix))
    : figures;
  if (parsed.ok) return { ok: true, matrix: parsed.matrix };
  // A line with a cell that is no number at all is no sum row's figures: it goes past sum rows.
  const placed = figures.ok ? figures.matrix : [...figures.linesBefore, []];
  const { rowOf } = placeBlock(rows, selection.top, selection.left, placed);
  const at = { row: rowOf[parsed.error.row] ?? -1, col: selection.left };
  return { ok: false, message: pasteRefusalText(parsed.error, at, rows, periodNames, locale) };
}
