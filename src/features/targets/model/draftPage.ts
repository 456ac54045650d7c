import type { KeptObject } from '../../../app/storage/keptJson.ts';
import { readTargetsParams } from './targetsParams.ts';

/**
 * The targets page a draft was written on, as the page shows it: the group's year and its target
 * type, with the default type then (what an address without ?type opens). So the page can be
 * opened again on that group, and known for the page the user is on however its address names
 * the type (/targets?year=2026 and /targets?year=2026&type=<the default> are one page): the
 * sign-out question links the pages whose changes are kept, leaving out the one the user is on.
 */
export interface DraftPage {
  readonly year: number;
  /** The group's target type; null: not known (a draft written on the default type's address). */
  readonly dimensionId: number | null;
  /** The default target type when the draft was written; null: not known. */
  readonly defaultDimensionId: number | null;
}

/** How a draft keeps its page: `page: { year, type?, defaultType? }`. */
interface DraftPageJson {
  year: number;
  type?: number;
  defaultType?: number;
}

/** The page as a draft keeps it. */
export function draftPageJson(page: DraftPage): DraftPageJson {
  return {
    year: page.year,
    ...(page.dimensionId !== null && { type: page.dimensionId }),
    ...(page.defaultDimensionId !== null && { defaultType: page.defaultDimensionId }),
  };
}

/** A target type id as kept; null when absent or not one. */
function typeId(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/** The page a draft (`kept`, its JSON) was written on; null when it does not say (older ones). */
export function draftPageOf(kept: KeptObject): DraftPage | null {
  const page = kept.page as Partial<Record<keyof DraftPageJson, unknown>> | null | undefined;
  if (typeof page !== 'object' || page === null || !Number.isInteger(page.year)) return null;
  return {
    year: page.year as number,
    dimensionId: typeId(page.type),
    defaultDimensionId: typeId(page.defaultType),
  };
}

/** The page's target type as the type picker writes it in the address: null, the default. */
function addressType(page: DraftPage): number | null {
  return page.dimensionId === page.defaultDimensionId ? null : page.dimensionId;
}

/** The page's address, as the year and type pickers write it: `/targets?year=2026[&type=3]`. */
export function draftPageAddress(page: DraftPage): string {
  const type = addressType(page);
  return `/targets?year=${page.year}${type === null ? '' : `&type=${type}`}`;
}

/**
 * The page in words: "Targets 2026", or with a type not the default "Targets 2026, target type 3".
 */
export function draftPageLabel(page: DraftPage): string {
  const type = addressType(page);
  return `Targets ${page.year}${type === null ? '' : `, target type ${type}`}`;
}

/**
 * Whether the targets address whose query is `search` opens the page a draft was written on:
 * the same year and the same target type, an absent year read as this year and an absent type as
 * the default type the draft knew (the page reads them so).
 */
export function isDraftPage(page: DraftPage, search: string, now = new Date()): boolean {
  const here = readTargetsParams(new URLSearchParams(search), now);
  const type = (p: { dimensionId: number | null }) => p.dimensionId ?? page.defaultDimensionId;
  return here.year === page.year && type(here) === type(page);
}
