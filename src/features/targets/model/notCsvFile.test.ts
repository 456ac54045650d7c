import { describe, expect, it } from 'vitest';
import { notCsvFile } from './notCsvFile.ts';

const bytes = (...b: number[]) => new Uint8Array(b).buffer;
const text = (s: string) => new TextEncoder().encode(s).buffer;

describe('notCsvFile', () => {
  it('names a workbook or other binary file picked for import', () => {
    expect(notCsvFile(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0))).toMatch(
      /^This is a workbook \(such as \.xlsx\) or another zipped file, not a CSV file\. Save or download it/,
    );
    expect(notCsvFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1))).toMatch(/\(\.xls\), not a CSV/);
    expect(notCsvFile(bytes(0x25, 0x50, 0x44, 0x46, 0, 1))).toMatch(/^This file is not text/);
  });

  it('takes text: UTF-8, Windows-1252, UTF-16 with its BOM, an empty file', () => {
    expect(notCsvFile(text('\uFEFFRow,Q1\r\nA,1\r\n'))).toBeNull();
    expect(notCsvFile(bytes(0x4d, 0xe4, 0x72, 0x7a))).toBeNull();
    expect(notCsvFile(bytes(0xff, 0xfe, 0x52, 0, 0x6f, 0))).toBeNull();
    expect(notCsvFile(bytes())).toBeNull();
  });
});
