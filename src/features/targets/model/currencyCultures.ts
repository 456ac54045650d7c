/**
 * How cultures write currencies, for amounts pasted from a spreadsheet of another culture than
 * the planner's: "R$ 1.234,56" from a Brazilian sheet, "1 234,56 zł" from a Polish one, "kr" from
 * a Norwegian, Swedish or Danish one. Intl lists no cultures, so those looked in are each region's
 * main culture (pt-BR, pl-PL, nb-NO…) as Intl.Locale.maximize finds it for every region Intl
 * names. Each list is built once, the first time it is needed (tens of milliseconds).
 */

/** The currency's symbol as `culture` writes it ("R$" for BRL in pt-BR), or null. */
export function currencySymbol(currency: string, culture: string): string | null {
  try {
    return (
      new Intl.NumberFormat(culture, { style: 'currency', currency })
        .formatToParts(1)
        .find((p) => p.type === 'currency')?.value ?? null
    );
  } catch {
    return null; // an unknown code or culture
  }
}

let regionNames: Intl.DisplayNames | undefined;

/** The main culture of a region ("pl-PL" for PL), or null when Intl knows no such region. */
function mainCulture(region: string): string | null {
  regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  try {
    if (regionNames.of(region) === undefined) return null;
    const found = new Intl.Locale(`und-${region}`).maximize();
    return `${found.language}-${region}`;
  } catch {
    return null;
  }
}

let cultures: readonly string[] | undefined;

/** The main culture of every region Intl names (AA to ZZ). */
function regionCultures(): readonly string[] {
  if (cultures) return cultures;
  const found = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const culture = mainCulture(a + b);
      if (culture) found.add(culture);
    }
  cultures = [...found];
  return cultures;
}

const everywhere = new Map<string, readonly string[]>();

/** Every symbol some culture writes for `currency`: "R$", "BR$" and "BRL" for BRL. */
export function symbolsEverywhere(currency: string): readonly string[] {
  let symbols = everywhere.get(currency);
  if (symbols === undefined) {
    const found = new Set<string>();
    for (const culture of regionCultures()) {
      const symbol = currencySymbol(currency, culture);
      if (symbol) found.add(symbol);
    }
    symbols = [...found];
    everywhere.set(currency, symbols);
  }
  return symbols;
}

let home: readonly string[] | undefined;

/**
 * The symbol each currency has in its home culture, the region its code starts with ("zł" for
 * PLN in pl-PL, "Kč" for CZK in cs-CZ): what a currency written in letters looks like.
 */
export function homeSymbols(): readonly string[] {
  if (home) return home;
  const found = new Set<string>();
  for (const currency of Intl.supportedValuesOf('currency')) {
    const culture = mainCulture(currency.slice(0, 2));
    const symbol = culture ? currencySymbol(currency, culture) : null;
    if (symbol) found.add(symbol);
  }
  home = [...found];
  return home;
}

const byCulture = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** The currencies `culture` writes with each symbol ("$": USD in en-US; "kr": NOK in nb-NO). */
export function currenciesBySymbol(culture: string): ReadonlyMap<string, readonly string[]> {
  let map = byCulture.get(culture);
  if (map === undefined) {
    const found = new Map<string, string[]>();
    for (const currency of Intl.supportedValuesOf('currency')) {
      const symbol = currencySymbol(currency, culture);
      if (symbol) found.set(symbol, [...(found.get(symbol) ?? []), currency]);
    }
    map = found;
    byCulture.set(culture, map);
  }
  return map;
}
