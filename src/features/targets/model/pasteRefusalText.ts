import type { TargetRow } from './types.ts';
import { otherCurrencyText } from './otherCurrencyText.ts';
import type { TsvError } from './tsv.ts';

/** Clipboard text in a message, on one line and cut short (a pasted e-mail must not flood it). */
function shown(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/**
 * Why a paste was refused, naming the grid cell the bad value was for ("Chloe Martin, February")
 * as well as its place in the copied block: "row 1, column 2" alone read as the grid's first row.
 * `at` is the grid row the refused line goes to (-1: past the last; see readPastedBlock) and the
 * block's first column.
 */
export function pasteRefusalText(
  error: TsvError,
  at: { row: number; col: number },
  rows: readonly TargetRow[],
  periodNames: readonly string[],
  /** The planner's culture: the clipboard's numbers and the currency signs the rows take. */
  locale: string,
): string {
  const row = at.row >= 0 ? rows[at.row] : undefined;
  const period = periodNames[at.col + error.col];
  const where = row && period ? `for ${row.label}, ${period}` : 'beyond the grid';
  const subject = `Paste refused: "${shown(error.text)}" (${where}; row ${error.row + 1}, column ${error.col + 1} of the copied cells)`;
  const { problem } = error;
  const sentence =
    typeof problem === 'string'
      ? `${subject} ${problem}.`
      : otherCurrencyText({
          subject,
          text: shown(error.text),
          ...problem,
          // A row whose currency the user may not see: it is not named.
          currencyHidden: row?.currencyHidden === true,
          locale,
        });
  return `${sentence} Nothing was changed.`;
}
