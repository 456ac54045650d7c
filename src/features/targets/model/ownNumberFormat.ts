/** How a culture writes numbers: its ten digits, grouping and decimal separator. */
interface Symbols {
  readonly digits: readonly string[];
  readonly decimal: string;
  /** Whole numbers as the culture groups them ("26,55,000" in en-IN, "٢٬٦٥٥٬٠٠٠" in ar-EG). */
  readonly grouped: Intl.NumberFormat;
}

const cache = new Map<string, Symbols | null>();

function symbolsOf(locale: string): Symbols | null {
  let s = cache.get(locale);
  if (s !== undefined) return s;
  try {
    const plain = new Intl.NumberFormat(locale, { useGrouping: false });
    s = {
      digits: Array.from({ length: 10 }, (_, i) => plain.format(i)),
      decimal: plain.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.',
      grouped: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    };
  } catch {
    s = null;
  }
  cache.set(locale, s);
  return s;
}

/** Direction marks Intl puts around signs in right-to-left cultures (ar, he, fa, ur). */
const MARKS = /[\u200e\u200f\u061c]/g;

/**
 * Reads a number written exactly as the culture writes it (as the grid shows it), where the
 * general rules of parseLocaleNumber do not: the culture's own digits ("٢٬٦٥٥٬٠٠٠" in ar-EG,
 * "२६,५५,०००" in mr-IN), its grouping ("26,55,000" in en-IN) and signs with direction marks.
 * The whole part is either ungrouped or grouped exactly as the culture groups it. Undefined when
 * the text is not such a number.
 */
export function parseOwnNumberFormat(text: string, locale: string): number | undefined {
  const sym = symbolsOf(locale);
  if (!sym) return undefined;
  const ascii = (t: string) =>
    Array.from(t, (c) => {
      const d = sym.digits.indexOf(c);
      return d >= 0 ? String(d) : c;
    }).join('');
  let s = ascii(text.replace(MARKS, '').trim());
  const negative = /^[-−]/.test(s);
  if (negative) s = s.slice(1);
  const at = s.lastIndexOf(sym.decimal);
  const whole = at >= 0 ? s.slice(0, at) : s;
  const fraction = at >= 0 ? s.slice(at + sym.decimal.length) : '';
  if (!/^\d*$/.test(fraction) || (at >= 0 && fraction === '')) return undefined;
  const digits = whole.replace(/\D/g, '');
  if (digits === '' || (whole !== digits && whole !== ascii(sym.grouped.format(Number(digits)))))
    return undefined;
  const value = Number(`${digits}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return negative && value !== 0 ? -value : value;
}
