import { describe, expect, it } from 'vitest';
import { exportCsv, parseCsv, previewCsvImport } from './csv.ts';
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
  it('exports RFC 4180 with a header of period names and totals', () => {
    expect(exportCsv(rows.slice(0, 2), periods)).toBe(
      'Row,Q1,Q2,Q3,Q4,Total\r\n"Sales ""DACH"", Germany",1000,2000.5,0,0,3000.5\r\nLars Holm,1,2,3,4,10\r\n',
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

  it('names the first bad cell and a wrong header', () => {
    const bad = previewCsvImport('Row,Q1,Q2,Q3,Q4\nIngrid Dahl,1,x,3,4', rows, periods, 'en');
    expect(bad.error).toBe('Line 2 (Ingrid Dahl), column Q2: "x" is not a number.');
    expect(bad.changes).toEqual([]);
    expect(previewCsvImport('Row,Q1\nA,1', rows, periods, 'en').error).toMatch(/1 period columns/);
    expect(previewCsvImport('', rows, periods, 'en').error).toBe('The file is empty.');
  });
});
