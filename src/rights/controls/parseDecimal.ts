/**
 * Reads a number typed or pasted in either convention: "1234.5", "1 234,5", "1.234,5",
 * "1,234.5", "-12,5". The last of "," and "." is the decimal separator when both appear;
 * a lone "," is decimal unless it repeats. Returns null for blank, NaN when unreadable.
 */
export function parseDecimal(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (comma >= 0) {
    s = s.indexOf(',') === comma ? s.replace(',', '.') : s.split(',').join('');
  } else if (dot >= 0 && s.indexOf('.') !== dot) {
    s = s.split('.').join('');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}
