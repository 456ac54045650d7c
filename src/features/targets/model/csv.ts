import { roundToUnit, sumValues } from './money.ts';
import { MAX_TARGET_AMOUNT } from './amountLimit.ts';
import { decimalSeparator, foreignCurrency, parseLocaleNumber } from './numberText.ts';
import { otherCurrencyText } from './otherCurrencyText.ts';
import { totalColumn, totalProblem, totalsRefusal } from './csvTotal.ts';
import { periodsFor, type Period } from './periods.ts';
import { roundingOf, roundedValuesText, type RoundedValue } from './roundedValues.ts';
import type { CellChange, EditAction, TargetRow } from './types.ts';
import { duplicateLinesText } from './csvDuplicates.ts';
import {
  ROW_STATE_HEADER,
  rowStateCells,
  rowStateColumns,
  rowStateProblem,
} from './csvRowState.ts';

/** A cell quoted when it holds a separator (either kind), a quote or a line break. */
const quoteCsv = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * How a targets CSV is written for a culture: as a spreadsheet there opens it with a double click.
 * Excel in cultures with a decimal comma (de-DE, nb-NO, fr-FR…) splits lines at ';' and reads
 * '1234,5'; a comma-separated file with '.' decimals opened there put each line in one cell.
 */
export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
  /** For the planner: "semicolon-separated, decimal comma". */
  readonly description: string;
}

export function csvDialect(locale: string): CsvDialect {
  return decimalSeparator(locale) === ','
    ? { separator: ';', decimal: ',', description: 'semicolon-separated, decimal comma' }
    : { separator: ',', decimal: '.', description: 'comma-separated, decimal point' };
}

/** Text a spreadsheet would run as a formula ("=cmd|…", "+1", "@SUM…"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A label as written to a file: a leading ' keeps a spreadsheet from running it as a formula. */
const labelCell = (label: string) => quoteCsv(FORMULA_START.test(label) ? `'${label}` : label);
/** A label as read from a file: without the ' that export put before formula-like text. */
const labelOf = (cell: string) => {
  const s = cell.trim();
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
};

/** Largest file import reads (a 10,000-row group exports to about 1.3 MB). */
export const MAX_CSV_IMPORT_BYTES = 5 * 1024 * 1024;

/** File text for a message, cut short so a hostile file cannot flood the dialog. */
const short = (s: string, max: number) => {
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};
const quoted = (s: string) => `"${short(s, 40)}"`;

/**
 * CSV (RFC 4180: CRLF, quotes doubled) of the rows shown: header "Row", period names (in
 * English), "Total", "Currency", "Locked" (Yes/No; see csvRowState); numbers without grouping. Separator and decimal mark are the culture's
 * dialect (default: comma, '.'). Labels that look like formulas get a leading ' (CSV injection);
 * import takes it off again.
 */
export function exportCsv(
  rows: readonly TargetRow[],
  periods: readonly Period[],
  dialect: CsvDialect = csvDialect('en'),
): string {
  const sep = dialect.separator;
  const num = (n: number) => (dialect.decimal === ',' ? String(n).replace('.', ',') : String(n));
  // Months in English, as the numbers are culture-free: import accepts English names in any
  // culture, so a file exported in de-DE ("Januar") is read by a colleague in en-US too.
  const names = (periods.length === 12 ? periodsFor('Month', 'en') : periods).map((p) => p.name);
  const lines = [['Row', ...names, 'Total', ...ROW_STATE_HEADER].map(quoteCsv).join(sep)];
  for (const row of rows) {
    // Figures the user may not see are written empty (the row is still listed).
    const hidden = row.hidden?.values === true;
    const values = row.values.map((v) => (hidden ? '' : num(roundToUnit(v, row.decimals))));
    const total = hidden ? '' : num(sumValues(row.values, row.decimals));
    const state = rowStateCells(row).map(quoteCsv);
    lines.push([labelCell(row.label), ...values, total, ...state].join(sep));
  }
  return lines.join('\r\n') + '\r\n';
}

/** The separator of a CSV file: the most frequent of , ; TAB in its first line (outside quotes). */
function detectSeparator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** RFC 4180 parser (also accepts LF, and ';' or TAB separated files as Excel writes in comma locales). */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.cells);
}

/** A record of a CSV file and the line it starts on (1-based), for messages. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** parseCsv with each record's first line: blank lines and quoted line breaks are counted. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const sep = detectSeparator(text.replace(/^\uFEFF/, ''));
  const s = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        cell += ch;
        if (ch === '\n' || (ch === '\r' && s[i + 1] !== '\n')) line++;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      records.push({ cells: row, line: start });
      row = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push({ cells: row, line: start });
  }
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export interface CsvImportPreview {
  /** Cells whose value would change (apply them as `action`). */
  readonly changes: CellChange[];
  readonly action: EditAction;
  /** Labels of rows refused: locked (with changes), derived (sum rows), or not in the grid. */
  readonly refusedLocked: string[];
  readonly refusedDerived: string[];
  /** Rows with changes that their own rights forbid changing. */
  readonly refusedRestricted: string[];
  readonly unknownRows: string[];
  /** Names on more lines than the grid has rows of that name, said as duplicates (csvDuplicates). */
  readonly duplicateRows: string[];
  /** First bad cell, or a header problem; null when the file is fine. No changes when set. */
  readonly error: string | null;
  /**
   * "3 values were rounded to the currency's smallest unit: …" for the file's values with more
   * decimals than their row's currency has (in rows the import changes); null when none.
   */
  readonly rounded: string | null;
}

/** A file refused before reading it (too large, unreadable): no changes, only the reason. */
export function refusedImport(error: string): CsvImportPreview {
  return preview([], { error });
}

/** The refusal for a file over MAX_CSV_IMPORT_BYTES. */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  return `The file is too large (${mb(bytes)}); a targets CSV can be at most ${mb(MAX_CSV_IMPORT_BYTES)}.`;
}

/**
 * Why the header line does not fit the grid, or null. Column 1 names the rows (any title); the
 * next columns must be the periods in order, by full or short name (in the app's language or in
 * English); more columns (Total, Currency, Locked) are checked later, not here.
 */
function headerProblem(
  header: readonly string[],
  firstLabel: (label: string) => boolean,
  periods: readonly Period[],
  locale: string,
): string | null {
  const cells = header.map((c) => c.trim());
  const extra = /^(total|currency|locked)$/i;
  let count = cells.length - 1;
  while (count > 0 && extra.test(cells[count])) count--;
  const expected =
    periods.length === 1 ? periods[0].name : `${periods[0].name} to ${periods.at(-1)!.name}`;
  const looksLikeData =
    firstLabel(labelOf(cells[0] ?? '')) ||
    cells.slice(1).some((c) => c !== '' && typeof parseLocaleNumber(c, locale) === 'number');
  if (looksLikeData) {
    return `The first line must be the header (Row, then ${expected}); this file starts with values.`;
  }
  if (count < periods.length) {
    return `The file has ${Math.max(count, 0)} period ${count === 1 ? 'column' : 'columns'}; this grid has ${periods.length} (${expected}).`;
  }
  const english = periods.length === 12 ? periodsFor('Month', 'en') : [];
  for (let p = 0; p < periods.length; p++) {
    const names = [periods[p], english[p]].flatMap((x) =>
      x ? [x.name.toLowerCase(), x.shortName.toLowerCase()] : [],
    );
    if (!names.includes(cells[p + 1].toLowerCase())) {
      return `The header does not fit this grid: column ${p + 2} is ${quoted(cells[p + 1])} where ${periods[p].name} belongs.`;
    }
  }
  return null;
}

function preview(changes: CellChange[], partial: Partial<CsvImportPreview>): CsvImportPreview {
  return {
    changes,
    action: {
      label: `Imported a CSV file (${changes.length} ${changes.length === 1 ? 'cell' : 'cells'} changed)`,
      cells: changes,
      locks: [],
    },
    refusedLocked: partial.refusedLocked ?? [],
    refusedDerived: partial.refusedDerived ?? [],
    refusedRestricted: partial.refusedRestricted ?? [],
    unknownRows: partial.unknownRows ?? [],
    duplicateRows: partial.duplicateRows ?? [],
    error: partial.error ?? null,
    rounded: partial.rounded ?? null,
  };
}

/**
 * Matches the file's rows to the grid by row label (case-insensitive; rows sharing a label take
 * that label's lines in order), its columns
 * to periods by position after the label column (a Total changed in the file is reported, see
 * csvTotal; Currency and Locked are checked, see csvRowState) and
 * previews the change. Blank cells leave the value. Values are rounded to the row's unit, and the
 * preview says which.
 */
export function previewCsvImport(
  text: string,
  rows: readonly TargetRow[],
  periods: readonly Period[],
  locale: string,
): CsvImportPreview {
  const records = parseCsvRecords(text);
  if (records.length === 0) return preview([], { error: 'The file is empty.' });
  // A comma-separated file writes decimals with '.', a semicolon-separated one with ',' (export
  // writes them so, as spreadsheets do: see csvDialect), whatever the planner's culture: "1.234"
  // in the first is one and a quarter, not 1234 as in a de-DE text (a 3-decimal currency, KWD,
  // came back 1000 times larger), and "1,234" in the second is one and a quarter too.
  const separator = detectSeparator(text.replace(/^\uFEFF/, ''));
  const numbers =
    separator === ','
      ? 'en'
      : separator === ';' && decimalSeparator(locale) !== ','
        ? 'de'
        : locale;
  const header = records[0].cells;
  const body = records.slice(1).map((r) => r.cells);
  const lineOf = (i: number) => records[i + 1].line;
  // Rows by label; rows that share a label (two users of the same name) are matched to the
  // file's lines of that label in order, as export writes them.
  const byLabel = new Map<string, TargetRow[]>();
  for (const r of rows) {
    const key = r.label.toLowerCase();
    const same = byLabel.get(key);
    if (same) same.push(r);
    else byLabel.set(key, [r]);
  }
  const seen = new Map<string, number>();
  // Each name's lines, for a name on more lines than it has rows.
  const linesOf = new Map<string, number[]>();
  const problem = headerProblem(header, (l) => byLabel.has(l.toLowerCase()), periods, numbers);
  if (problem) return preview([], { error: problem });
  // Only the header: "the file holds the values the grid already has" said it had rows.
  if (body.length === 0)
    return preview([], { error: 'The file has its header line and no rows after it.' });
  const changes: CellChange[] = [];
  const refusedLocked: string[] = [];
  const refusedRestricted: string[] = [];
  const refusedDerived: string[] = [];
  const unknownRows: string[] = [];
  const rounded: RoundedValue[] = [];
  const stateColumns = rowStateColumns(header, periods.length);
  const totalAt = totalColumn(header, periods.length);
  const totalProblems: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const label = labelOf(body[i][0] ?? '');
    const key = label.toLowerCase();
    const same = byLabel.get(key);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    if (same) linesOf.set(key, [...(linesOf.get(key) ?? []), lineOf(i)]);
    const row = same?.[nth];
    if (!row) {
      // A name with rows, on one line too many: a duplicate (said below), not a stranger.
      if (!same) unknownRows.push(label === '' ? `line ${lineOf(i)} (no name)` : short(label, 60));
      continue;
    }
    const stateProblem = rowStateProblem(
      body[i],
      stateColumns,
      row,
      `Line ${lineOf(i)} (${label})`,
    );
    if (stateProblem) return preview([], { error: stateProblem });
    const rowChanges: CellChange[] = [];
    const rowRounded: RoundedValue[] = [];
    let differs = false;
    // The row's periods as the import leaves them, to check the line's Total against.
    const after = [...row.values];
    for (let p = 0; p < periods.length; p++) {
      const raw = body[i][p + 1] ?? '';
      const v = parseLocaleNumber(raw, numbers, row.currency, locale);
      if (v === undefined) {
        const mark = foreignCurrency(raw, numbers, row.currency, locale);
        const subject = `Line ${lineOf(i)} (${label}), column ${periods[p].name}: ${quoted(raw)}`;
        return preview([], {
          error:
            mark === null
              ? `${subject} is not a number.`
              : otherCurrencyText({
                  subject,
                  text: raw.trim(),
                  mark,
                  currency: row.currency,
                  currencyHidden: row.currencyHidden,
                  locale,
                }),
        });
      }
      if (v === null) continue;
      if (Math.abs(v) > MAX_TARGET_AMOUNT) {
        return preview([], {
          error: `Line ${lineOf(i)} (${label}), column ${periods[p].name}: ${quoted(raw)} is larger than a target can be.`,
        });
      }
      const kept = roundToUnit(v, row.decimals);
      after[p] = kept;
      const roundedHere = roundingOf(row, p, v, kept);
      if (roundedHere) rowRounded.push(roundedHere);
      const before = row.values[p];
      if (kept === before) continue;
      differs = true;
      if (row.assignmentId !== null) {
        rowChanges.push({ assignmentId: row.assignmentId, period: p, before, after: kept });
      }
    }
    const total =
      totalAt >= 0
        ? totalProblem(
            body[i][totalAt] ?? '',
            after,
            row,
            numbers,
            `Line ${lineOf(i)} (${label})`,
            locale,
          )
        : null;
    if (total) totalProblems.push(total);
    const refused = row.derived || row.assignmentId === null || row.locked || !!row.restriction;
    // Rounded even where the kept value is the one the grid has: the file said something else.
    if (!refused) rounded.push(...rowRounded);
    // Sum rows exported with the grid come back in the file: only report ones that differ.
    if (!differs) continue;
    if (row.derived || row.assignmentId === null) refusedDerived.push(row.label);
    else if (row.locked) refusedLocked.push(row.label);
    else if (row.restriction) refusedRestricted.push(row.label);
    else changes.push(...rowChanges);
  }
  // Reported, not followed (import changes periods only) and not ignored (the new total lost).
  if (totalProblems.length) return preview([], { error: totalsRefusal(totalProblems) });
  const duplicateRows = [...linesOf].flatMap(([key, lines]) => {
    const same = byLabel.get(key) ?? [];
    return lines.length > same.length
      ? [duplicateLinesText(short(same[0].label, 60), lines, same.length)]
      : [];
  });
  return preview(changes, {
    refusedLocked,
    refusedRestricted,
    refusedDerived,
    unknownRows,
    duplicateRows,
    rounded: roundedValuesText(
      rounded,
      periods.map((p) => p.name),
      locale,
    ),
  });
}
