import type { KeptObject } from '../../../app/storage/keptJson.ts';
import { readTargetsParams, type TargetsParams } from './targetsParams.ts';

/**
 * The targets page a draft was written on: the group's year, and its target type as the address
 * named it (null: the default type, no ?type), so the page can be opened again on that group
 * (the sign-out question links the pages whose changes are kept).
 */
export type DraftPage = TargetsParams;

/** How a draft keeps its page: `page: { year, type? }`. */
interface DraftPageJson {
  year: number;
  type?: number;
}

/** The page as a draft keeps it. */
export function draftPageJson(page: DraftPage): DraftPageJson {
  return { year: page.year, ...(page.dimensionId !== null && { type: page.dimensionId }) };
}

/** The page a draft (`kept`, its JSON) was written on; null when it does not say (older ones). */
export function draftPageOf(kept: KeptObject): DraftPage | null {
  const page = kept.page as Partial<DraftPageJson> | null | undefined;
  if (typeof page !== 'object' || page === null || !Number.isInteger(page.year)) return null;
  const type = Number.isInteger(page.type) && page.type! > 0 ? page.type! : null;
  return { year: page.year!, dimensionId: type };
}

/** The page's address, as the year and type pickers write it: `/targets?year=2026[&type=3]`. */
export function draftPageAddress(page: DraftPage): string {
  const type = page.dimensionId === null ? '' : `&type=${page.dimensionId}`;
  return `/targets?year=${page.year}${type}`;
}

/** The page in words: "Targets 2026", or with its type "Targets 2026, target type 3". */
export function draftPageLabel(page: DraftPage): string {
  const type = page.dimensionId === null ? '' : `, target type ${page.dimensionId}`;
  return `Targets ${page.year}${type}`;
}

/**
 * A targets address (`search` its query) in the form of draftPageAddress: absent year and type
 * read as the page reads them (this year, the default type), so the page the user is on and a
 * draft written on it have the same address.
 */
export function targetsPageAddress(search: string, now = new Date()): string {
  return draftPageAddress(readTargetsParams(new URLSearchParams(search), now));
}
