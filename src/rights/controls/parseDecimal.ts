/**
 * Reads a number typed or pasted in either convention: "1234.5", "1 234,5", "1.234,5",
 * "1,234.5", "-12,5". The last of "," and "." is the decimal separator when both appear;
 * a lone "," is decimal unless it repeats. Returns null for blank, NaN when unreadable.
 */
export function parseDecimal(text: string): number | null {
  const s = plainDecimal(text);
  return s === null ? null : s === '' ? Number.NaN : Number(s);
}

/**
 * The number typed or pasted, read as parseDecimal reads it, written plainly with every digit
 * kept ("1 234,50" → "1234.5", "99999999999999999999999" as it is, not "1e+23"): null for blank,
 * '' when unreadable.
 */
export function decimalText(text: string): string | null {
  const s = plainDecimal(text);
  if (!s) return s;
  const minus = s.startsWith('-');
  const [whole, fraction = ''] = s.replace(/^[-+]/, '').split('.');
  const decimals = fraction.replace(/0+$/, '');
  const digits = `${whole.replace(/^0+/, '') || '0'}${decimals ? `.${decimals}` : ''}`;
  return minus && digits !== '0' ? `-${digits}` : digits;
}

/** "1 234,5" → "1234.5" (a sign and leading zeros kept); null for blank, '' when unreadable. */
function plainDecimal(text: string): string | null {
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
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? s : '';
}
