import type { MdoListItem } from '../mdo/schemas.ts';

/**
 * Currency name → decimals from the `currency` MDO list. The sandbox sends "decimals=0;default"
 * in ExtraInfo; a tenant that does not is left out (callers then fall back to Intl by ISO code).
 */
export function currencyDecimalsFromList(
  items: readonly MdoListItem[] | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items ?? []) {
    const m = /(?:^|;)\s*decimals=(\d+)/.exec(item.ExtraInfo ?? '');
    if (m && item.Name) out.set(item.Name, Number(m[1]));
  }
  return out;
}
