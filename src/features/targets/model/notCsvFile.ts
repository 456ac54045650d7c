/**
 * Why a file picked for CSV import is not a CSV file at all, from its first bytes, or null.
 * A workbook (.xlsx, .ods: a zip; .xls: an OLE file) picked by mistake, or any other binary
 * file, was read as text and refused with "The file has 0 period columns", which sent the
 * planner looking at their columns instead of at the file type.
 */
export function notCsvFile(bytes: ArrayBuffer): string | null {
  const b = new Uint8Array(bytes, 0, Math.min(4096, bytes.byteLength));
  const saveAs = 'Save or download it from your spreadsheet as CSV, and import that file.';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return `This is a workbook (such as .xlsx) or another zipped file, not a CSV file. ${saveAs}`;
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return `This is an Excel 97–2003 workbook (.xls), not a CSV file. ${saveAs}`;
  // UTF-16 text has a NUL in every other byte; it starts with its BOM (decodeCsvBytes).
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  if (!utf16 && b.includes(0)) return `This file is not text, so not a CSV file. ${saveAs}`;
  return null;
}
