import { describe, expect, it } from 'vitest';
import {
  MAX_CSV_IMPORT_BYTES,
  csvDialect,
  exportCsv,
  parseCsv,
  parseCsvRecords,
  previewCsvImport,
  refusedImport,
  tooLargeMessage,
} from './csv.ts';
import { periodsFor } from './periods.ts';
import { makeRow } from './testRows.ts';

const periods = periodsFor('Quarter', 'en');
const rows = [
  makeRow(1, [1000, 2000.5, 0, 0], { label: 'Sales "DACH", Germany' }),
  makeRow(2, [1, 2, 3, 4], { label: 'Lars Holm', locked: true }),
  makeRow(3, [5, 5, 5, 5], { label: 'Ingrid Dahl' }),
  makeRow(9, [6, 7, 8, 9], { label: 'All – Nordics', derived: true }),
];

describe('CSV', () => {
  it('exports RFC 4180 with a header of period names, totals, currency and lock', () => {
    expect(exportCsv(rows.slice(0, 2), periods)).toBe(
      'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\n"Sales ""DACH"", Germany",1000,2000.5,0,0,3000.5,NOK,No\r\nLars Holm,1,2,3,4,10,NOK,Yes\r\n',
    );
  });

  it('parses quoted fields, LF files and semicolons', () => {
    expect(parseCsv('a,"b,""c"""\r\n"x\ny",2\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['x\ny', '2'],
    ]);
    expect(parseCsv('\uFEFFRow;Q1\nA;1,5\n\n')).toEqual([
      ['Row', 'Q1'],
      ['A', '1,5'],
    ]);
  });

  it('round-trips: exporting then importing changes nothing', () => {
    const p = previewCsvImport(exportCsv(rows, periods), rows, periods, 'en');
    expect(p).toMatchObject({
      changes: [],
      refusedLocked: [],
      refusedDerived: [],
      unknownRows: [],
      error: null,
    });
  });

  it('reads its own export back unchanged in cultures with a decimal comma, 3-decimal currencies too', () => {
    const kwd = [makeRow(1, [1.234, 12.5, 1234.125, 0.125], { currency: 'KWD', decimals: 3 })];
    const file = exportCsv(kwd, periods);
    expect(file).toContain('1.234,12.5,1234.125,0.125');
    for (const locale of ['de-DE', 'nb-NO', 'en-US']) {
      const p = previewCsvImport(file, kwd, periods, locale);
      expect(p).toMatchObject({ changes: [], error: null, rounded: null });
    }
    // A new value in such a file is read with '.' decimals too.
    const p = previewCsvImport('Row,Q1,Q2,Q3,Q4\r\nRow 1,2.500,,,\r\n', kwd, periods, 'de-DE');
    expect(p.changes).toEqual([{ assignmentId: 1, period: 0, before: 1.234, after: 2.5 }]);
  });

  it('exports for a decimal-comma culture as Excel there opens it: semicolons and decimal commas', () => {
    // nb-NO got "1000,2000.5,…": Excel in nb-NO splits at ';', so each line stayed in one cell.
    const dialect = csvDialect('nb-NO');
    expect(dialect.description).toBe('semicolon-separated, decimal comma');
    expect(csvDialect('en-US').description).toBe('comma-separated, decimal point');
    const labelled = [makeRow(1, [1000, 2000.5, -0.25, 0], { label: 'Sales; Nordics' })];
    expect(exportCsv(labelled, periods, dialect)).toBe(
      'Row;Q1;Q2;Q3;Q4;Total;Currency;Locked\r\n"Sales; Nordics";1000;2000,5;-0,25;0;3000,25;NOK;No\r\n',
    );
  });

  it('reads a semicolon-separated file with decimal commas in any culture, as export writes it', () => {
    const kwd = [makeRow(1, [1.234, 12.5, 1234.125, -0.125], { currency: 'KWD', decimals: 3 })];
    const file = exportCsv(kwd, periods, csvDialect('de-DE'));
    expect(file).toContain('1,234;12,5;1234,125;-0,125');
    for (const locale of ['de-DE', 'nb-NO', 'en-US']) {
      const p = previewCsvImport(file, kwd, periods, locale);
      expect(p).toMatchObject({ changes: [], error: null, rounded: null });
    }
    // en-US read "1,234" in such a file as 1234.
    const p = previewCsvImport('Row;Q1;Q2;Q3;Q4\r\nRow 1;2,125;;;\r\n', kwd, periods, 'en-US');
    expect(p.changes).toEqual([{ assignmentId: 1, period: 0, before: 1.234, after: 2.125 }]);
  });

  it('writes English month names, so a file exported in one culture is read in any other', () => {
    const months = (locale: string) => periodsFor('Month', locale);
    const row = [makeRow(1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.5])];
    const file = exportCsv(row, months('de-DE'));
    expect(file.split('\r\n')[0]).toBe(
      'Row,January,February,March,April,May,June,July,August,September,October,November,December,Total,Currency,Locked',
    );
    for (const locale of ['en-US', 'nb-NO', 'de-DE'])
      expect(previewCsvImport(file, row, months(locale), locale)).toMatchObject({
        changes: [],
        error: null,
      });
  });

  it('reads a semicolon file (a spreadsheet in a decimal-comma culture) with that culture', () => {
    const kwd = [makeRow(1, [0, 0, 0, 0], { currency: 'KWD', decimals: 3 })];
    const p = previewCsvImport('Row;Q1;Q2;Q3;Q4\nRow 1;1,234;1.234,5;;\n', kwd, periods, 'nb-NO');
    expect(p.changes.map((c) => c.after)).toEqual([1.234, 1234.5]);
  });

  it('previews changes and refuses locked, derived and unknown rows', () => {
    const text = [
      'Row;Q1;Q2;Q3;Q4',
      'ingrid dahl;5;6,5;;5',
      'Lars Holm;9;2;3;4',
      'All – Nordics;1;1;1;1',
      'Nobody;1;1;1;1',
    ].join('\n');
    const p = previewCsvImport(text, rows, periods, 'de');
    expect(p.changes).toEqual([{ assignmentId: 3, period: 1, before: 5, after: 6.5 }]);
    expect(p.action.cells).toBe(p.changes);
    expect(p.refusedLocked).toEqual(['Lars Holm']);
    expect(p.refusedDerived).toEqual(['All – Nordics']);
    expect(p.unknownRows).toEqual(['Nobody']);
    expect(p.error).toBeNull();
  });

  it("says which values it rounds to the row's currency unit, in rows it imports", () => {
    const yen = [
      ...rows,
      makeRow(4, [100, 100, 100, 100], { label: 'Inside Sales', currency: 'JPY', decimals: 0 }),
    ];
    const text = [
      'Row,Q1,Q2,Q3,Q4',
      'Ingrid Dahl,1.005,5,,',
      'Inside Sales,123.45,100.2,100,',
      'Lars Holm,1.005,2,3,4', // locked: not imported, so not rounded either
    ].join('\n');
    const p = previewCsvImport(text, yen, periods, 'en');
    expect(p.changes.map((c) => c.after)).toEqual([1.01, 123]);
    expect(p.rounded).toBe(
      "3 values were rounded to the currency's smallest unit (NOK, JPY): 1.005 → 1.01 (Ingrid Dahl, Q1); 123.45 → 123 (Inside Sales, Q1); 100.2 → 100 (Inside Sales, Q2).",
    );
    expect(previewCsvImport(exportCsv(yen, periods), yen, periods, 'en').rounded).toBeNull();
  });

  it('two rows with the same name (two users called Anna Fischer) each get their own line', () => {
    const twins = [
      makeRow(1, [1, 1, 1, 1], { label: 'Anna Fischer', groupId: 1 }),
      makeRow(2, [2, 2, 2, 2], { label: 'Erik Lund' }),
      makeRow(3, [3, 3, 3, 3], { label: 'Anna Fischer', groupId: 2 }),
    ];
    const csv = exportCsv(twins, periods)
      .replace('Anna Fischer,1,1,1,1', 'Anna Fischer,10,1,1,1')
      .replace('Anna Fischer,3,3,3,3', 'Anna Fischer,30,3,3,3');
    const p = previewCsvImport(csv, twins, periods, 'en');
    expect(p.error).toBeNull();
    expect(p.unknownRows).toEqual([]);
    expect(p.changes).toEqual([
      { assignmentId: 1, period: 0, before: 1, after: 10 },
      { assignmentId: 3, period: 0, before: 3, after: 30 },
    ]);
    // A third line of that name has no row left to go to.
    const extra = `${csv}Anna Fischer,5,5,5,5\r\n`;
    const more = previewCsvImport(extra, twins, periods, 'en');
    expect(more.unknownRows).toEqual([]);
    expect(more.duplicateRows).toEqual([
      'Anna Fischer is in the file 3 times (lines 2, 4 and 5); only 2 rows have that name, so line 5 is left out',
    ]);
  });

  it('names the first bad cell and a wrong header', () => {
    const bad = previewCsvImport('Row,Q1,Q2,Q3,Q4\nIngrid Dahl,1,x,3,4', rows, periods, 'en');
    expect(bad.error).toBe('Line 2 (Ingrid Dahl), column Q2: "x" is not a number.');
    // Blank lines and a quoted cell with a line break count: the message names the file's line.
    const spaced = previewCsvImport(
      'Row,Q1,Q2,Q3,Q4\n\n"Ingrid\nDahl",1,1,1,1\n\nIngrid Dahl,1,x,3,4',
      rows,
      periods,
      'en',
    );
    expect(spaced.error).toBe('Line 6 (Ingrid Dahl), column Q2: "x" is not a number.');
    expect(parseCsvRecords('a,b\n\n"c\nd",e\nf,g').map((r) => r.line)).toEqual([1, 3, 5]);
    expect(bad.changes).toEqual([]);
    expect(previewCsvImport('Row,Q1\nA,1', rows, periods, 'en').error).toBe(
      'The file has 1 period column; this grid has 4 (Q1 to Q4).',
    );
    expect(previewCsvImport('Row,Jan,Feb,Total\nA,1,2,3', rows, periods, 'en').error).toBe(
      'The file has 2 period columns; this grid has 4 (Q1 to Q4).',
    );
    expect(previewCsvImport('', rows, periods, 'en').error).toBe('The file is empty.');
    // Only the header line: it said the file held the values the grid already has.
    expect(previewCsvImport('Row,Q1,Q2,Q3,Q4,Total\r\n\r\n', rows, periods, 'en').error).toBe(
      'The file has its header line and no rows after it.',
    );
  });

  it('refuses a file without its header line, or with columns that are not the periods', () => {
    const noHeader = previewCsvImport(
      'Ingrid Dahl,1,2,3,4\nLars Holm,1,2,3,4',
      rows,
      periods,
      'en',
    );
    expect(noHeader.error).toBe(
      'The first line must be the header (Row, then Q1 to Q4); this file starts with values.',
    );
    expect(noHeader.changes).toEqual([]);
    expect(previewCsvImport('Someone,1,2,3,4', rows, periods, 'en').error).toMatch(/starts with/);
    expect(
      previewCsvImport('Row,Q1,Q3,Q2,Q4\nIngrid Dahl,1,2,3,4', rows, periods, 'en').error,
    ).toBe('The header does not fit this grid: column 3 is "Q3" where Q2 belongs.');
    // Months by full or short name, in the app's language or in English, any case.
    const months = periodsFor('Month', 'de');
    const monthRows = [makeRow(3, Array(12).fill(5), { label: 'Ingrid Dahl' })];
    const head = (names: string[]) => `Row,${names.join(',')}\nIngrid Dahl,6`;
    for (const names of [
      months.map((m) => m.name),
      months.map((m) => m.shortName.toUpperCase()),
      periodsFor('Month', 'en').map((m) => m.name),
    ]) {
      expect(previewCsvImport(head(names), monthRows, months, 'de')).toMatchObject({
        error: null,
        changes: [{ assignmentId: 3, period: 0, before: 5, after: 6 }],
      });
    }
  });

  it('cuts hostile text short in messages', () => {
    const long = `=cmd|' /C calc'!A0${'x'.repeat(10_000)}`;
    const p = previewCsvImport(`Row,Q1,Q2,Q3,Q4\nIngrid Dahl,${long}`, rows, periods, 'en');
    expect(p.error).toBe(
      `Line 2 (Ingrid Dahl), column Q1: "${long.slice(0, 40)}…" is not a number.`,
    );
    const unknown = previewCsvImport(
      `Row,Q1,Q2,Q3,Q4\n${'y'.repeat(500)},1\n,2`,
      rows,
      periods,
      'en',
    );
    expect(unknown.unknownRows).toEqual([`${'y'.repeat(60)}…`, 'line 3 (no name)']);
  });

  it('exports formula-like labels with a leading apostrophe and reads them back', () => {
    const risky = [makeRow(5, [1, 2, 3, 4], { label: '=HYPERLINK("http://x","y")' })];
    const csv = exportCsv(risky, periods);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",1,2,3,4,10,NOK,No`);
    expect(previewCsvImport(csv, risky, periods, 'en')).toMatchObject({
      changes: [],
      unknownRows: [],
      error: null,
    });
  });

  it('says how large a refused file is', () => {
    expect(tooLargeMessage(12 * 1024 * 1024)).toBe(
      'The file is too large (12 MB); a targets CSV can be at most 5 MB.',
    );
    expect(tooLargeMessage(MAX_CSV_IMPORT_BYTES + 200_000)).toMatch(/\(5\.2 MB\)/);
    expect(refusedImport('No.')).toMatchObject({ changes: [], error: 'No.' });
  });

  it('reads files with and without the Currency and Locked columns, and never changes them', () => {
    const file = exportCsv(rows, periods);
    expect(previewCsvImport(file, rows, periods, 'en')).toMatchObject({ changes: [], error: null });
    // Without them (a file from before they were written), and with them blank.
    const plain = 'Row,Q1,Q2,Q3,Q4,Total\r\nIngrid Dahl,6,,,,\r\n';
    const blank = 'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\nIngrid Dahl,6,,,,,,\r\n';
    for (const text of [plain, blank])
      expect(previewCsvImport(text, rows, periods, 'en').changes).toEqual([
        { assignmentId: 3, period: 0, before: 5, after: 6 },
      ]);
    const eur = 'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\nIngrid Dahl,6,,,,,EUR,No\r\n';
    expect(previewCsvImport(eur, rows, periods, 'en')).toMatchObject({
      changes: [],
      error:
        'Line 2 (Ingrid Dahl): the file gives the currency EUR where the row is in NOK. Import changes values only, not currencies: put NOK back in the file, or leave the cell blank.',
    });
    const unlock = 'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\nLars Holm,1,2,3,4,10,nok,No\r\n';
    expect(previewCsvImport(unlock, rows, periods, 'en')).toMatchObject({
      changes: [],
      error:
        'Line 2 (Lars Holm): the file says Locked No where the row is locked. Import changes values only, not locks: lock or unlock the row with Row actions, or write Yes in the file.',
    });
    const maybe = 'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\nIngrid Dahl,6,,,,,NOK,maybe\r\n';
    expect(previewCsvImport(maybe, rows, periods, 'en').error).toBe(
      'Line 2 (Ingrid Dahl): Locked is "maybe"; write Yes or No, or leave the cell blank.',
    );
  });

  it('refuses a file whose changed Total is not the sum of its periods, line by line', () => {
    // Ingrid Dahl's new yearly total, 40, was dropped without a word: "nothing changes".
    const file =
      'Row,Q1,Q2,Q3,Q4,Total,Currency,Locked\r\n' +
      'Ingrid Dahl,5,5,5,5,40,NOK,No\r\n' +
      'Lars Holm,1,2,3,4,10,NOK,Yes\r\n' +
      'All – Nordics,6,7,8,9,31,NOK,\r\n';
    expect(previewCsvImport(file, rows, periods, 'en')).toMatchObject({
      changes: [],
      error:
        'Totals are not imported: the periods are what counts, and on these lines they do not add up to the Total. ' +
        'Line 2 (Ingrid Dahl): Total 40, periods 20. ' +
        'Line 4 (All – Nordics): Total 31, periods 30. ' +
        'Change the periods so that they add up to the total you want (or use Row actions, Distribute a new total, after the import), or write their sum in the Total column.',
    });
    // A Total left as exported while a period changed: the periods count (no new total lost).
    const stale = 'Row,Q1,Q2,Q3,Q4,Total\r\nIngrid Dahl,6,5,5,5,20\r\n';
    expect(previewCsvImport(stale, rows, periods, 'en')).toMatchObject({
      error: null,
      changes: [{ assignmentId: 3, period: 0, before: 5, after: 6 }],
    });
    // A blank period keeps the grid's value, and counts so; a decimal comma file as it writes it.
    const blank = 'Row;Q1;Q2;Q3;Q4;Total\r\nIngrid Dahl;6,5;;;;21,5\r\n';
    expect(previewCsvImport(blank, rows, periods, 'nb-NO').error).toBeNull();
    const off = 'Row;Q1;Q2;Q3;Q4;Total\r\nIngrid Dahl;6,5;;;;22\r\n';
    expect(previewCsvImport(off, rows, periods, 'nb-NO').error).toContain(
      'Line 2 (Ingrid Dahl): Total 22, periods 21,5.',
    );
    const words = 'Row,Q1,Q2,Q3,Q4,Total\r\nIngrid Dahl,5,5,5,5,lots\r\n';
    expect(previewCsvImport(words, rows, periods, 'en').error).toContain(
      'Line 2 (Ingrid Dahl): Total "lots" is not a number, periods 20.',
    );
  });

  it('reads a value with its row’s currency, and refuses one in another currency naming it', () => {
    const own = 'Row;Q1;Q2;Q3;Q4\r\nIngrid Dahl;kr 6,50;7 NOK;;\r\n';
    expect(previewCsvImport(own, rows, periods, 'nb-NO').changes).toEqual([
      { assignmentId: 3, period: 0, before: 5, after: 6.5 },
      { assignmentId: 3, period: 1, before: 5, after: 7 },
    ]);
    // A comma-separated file (decimals read as "en") from a nb-NO planner: "kr" is still NOK.
    const comma = 'Row,Q1,Q2,Q3,Q4,Total\r\nIngrid Dahl,kr 6.50,,,,kr 21.50\r\n';
    expect(previewCsvImport(comma, rows, periods, 'nb-NO')).toMatchObject({
      error: null,
      changes: [{ assignmentId: 3, period: 0, before: 5, after: 6.5 }],
    });
    // "$6" in a NOK row was read as 6 kroner.
    const dollars = 'Row,Q1,Q2,Q3,Q4\r\nIngrid Dahl,$6,,,\r\n';
    expect(previewCsvImport(dollars, rows, periods, 'en-US')).toMatchObject({
      changes: [],
      error:
        'Line 2 (Ingrid Dahl), column Q1: "$6" is in another currency ($) than its row, which is in NOK. Write it as 6 NOK or just 6.',
    });
  });
});
