/** Decimals of a currency code (JPY 0, most 2) from Intl; 2 when unknown or null. */
export function currencyDecimals(code: string | null | undefined): number {
  void code;
  throw new Error('not implemented');
}

/** Major units → integer minor units, rounded half away from zero. */
export function toMinor(value: number, decimals: number): number {
  void value;
  void decimals;
  throw new Error('not implemented');
}

/** Integer minor units → major units. */
export function fromMinor(minor: number, decimals: number): number {
  void minor;
  void decimals;
  throw new Error('not implemented');
}

/** A value rounded to the currency's smallest unit. */
export function roundToUnit(value: number, decimals: number): number {
  void value;
  void decimals;
  throw new Error('not implemented');
}

/** Exact sum (through minor units) of values in major units. */
export function sumValues(values: readonly number[], decimals: number): number {
  void values;
  void decimals;
  throw new Error('not implemented');
}
