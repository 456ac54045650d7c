/**
 * Money arithmetic in integer minor units. Values travel as doubles in major units; every
 * computation converts to integers first (exact up to 2^53 minor units), so sums and splits never
 * accumulate float error.
 */

const decimalsCache = new Map<string, number>();

/** Decimals of a currency code (JPY 0, most 2) from Intl; 2 when unknown or null. */
export function currencyDecimals(code: string | null | undefined): number {
  if (!code) return 2;
  const key = code.trim().toUpperCase();
  let d = decimalsCache.get(key);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency: key }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      d = 2; // not an ISO 4217 code (a tenant may name currencies freely)
    }
    decimalsCache.set(key, d ?? 2);
  }
  return d ?? 2;
}

/**
 * Shifts the decimal point of |value|'s shortest decimal representation by `places`, so 1.005
 * becomes exactly 100.5 (multiplying by 100 would give 100.49999…).
 */
function shiftDecimal(abs: number, places: number): number {
  const [mantissa, exp = '0'] = String(abs).split('e');
  return Number(`${mantissa}e${Number(exp) + places}`);
}

const POW10: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Major units → integer minor units, rounded half away from zero. */
export function toMinor(value: number, decimals: number): number {
  // Whole amounts (most targets) scale exactly: an integer times 10^d below 2^53 is exact.
  const pow = POW10[decimals];
  if (pow !== undefined && Number.isInteger(value) && Math.abs(value) <= MAX_EXACT / pow)
    return value * pow + 0; // + 0 turns -0 into 0
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  const abs = Math.abs(value);
  const scaled = abs * 10 ** decimals;
  // Fast path (the grid calls this ~10^5 times per pass): the product is within a few ulps of
  // the decimal value, so unless it sits right at a .5 tie, Math.round gives the same answer.
  const frac = scaled - Math.floor(scaled);
  const rounded =
    Math.abs(frac - 0.5) > 8 * Number.EPSILON * scaled + 1e-9 && scaled < 2 ** 52
      ? Math.round(scaled)
      : Math.round(shiftDecimal(abs, decimals));
  return value < 0 ? -rounded || 0 : rounded;
}

/** Integer minor units → major units (IEEE division by 10^d is correctly rounded). */
export function fromMinor(minor: number, decimals: number): number {
  return minor / 10 ** decimals;
}

/** A value rounded to the currency's smallest unit. */
export function roundToUnit(value: number, decimals: number): number {
  return fromMinor(toMinor(value, decimals), decimals);
}

/** Exact sum (through minor units) of values in major units. */
export function sumValues(values: readonly number[], decimals: number): number {
  let minor = 0;
  for (const v of values) minor += toMinor(v, decimals);
  return fromMinor(minor, decimals);
}
