import type { CellPos, GridSource } from './types.ts';

/**
 * The figures the grid works out (year totals, the totals footer) under a selection that holds
 * no value cell, row by row, for Ctrl+C: a year total or the footer's totals copy as shown. The
 * row header column is left out (a row's figures the user may not see: null, copied empty); null
 * when nothing but row headers is selected.
 */
export function workedOutFigures(
  a: CellPos,
  b: CellPos,
  source: Pick<
    GridSource,
    'rowCount' | 'colCount' | 'value' | 'rowTotal' | 'colTotal' | 'grandTotal' | 'rowMeta'
  >,
): (number | null)[][] | null {
  const left = Math.max(Math.min(a.col, b.col), 0);
  const right = Math.min(Math.max(a.col, b.col), source.colCount);
  const top = Math.max(Math.min(a.row, b.row), 0);
  const bottom = Math.min(Math.max(a.row, b.row), source.rowCount);
  if (left > right || top > bottom) return null;
  const figure = (row: number, col: number) => {
    if (row === source.rowCount)
      return col === source.colCount ? source.grandTotal() : source.colTotal(col);
    if (source.rowMeta(row).valuesHidden) return null;
    return col === source.colCount ? source.rowTotal(row) : source.value(row, col);
  };
  const matrix: (number | null)[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: (number | null)[] = [];
    for (let col = left; col <= right; col++) line.push(figure(row, col));
    matrix.push(line);
  }
  return matrix;
}
