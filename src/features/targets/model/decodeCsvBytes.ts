const utf8 = () => new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a CSV file as spreadsheets save it: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode" files), and otherwise Windows-1252, what Excel saves a plain "CSV" as in
 * Western European cultures. Read as UTF-8 only, "März" and "Søren" became "M�rz" and "S�ren":
 * a German header was refused and Norwegian names were unknown rows.
 */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  const b = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return utf8().decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
