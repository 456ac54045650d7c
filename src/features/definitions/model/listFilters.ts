import { objectTypeOptions } from '../../../api/definitions/objectTypes.ts';

/** Every resource type: the list is not filtered by one. */
export const ALL_TYPES = 'all';

/** What the definitions list is narrowed to: a resource type (or all) and a name search. */
export interface ListFilters {
  objectType: string;
  search: string;
}

/**
 * The list's filters as the address states them (`?type=ticket&q=triage`), so Back, a reload and
 * a shared link open the list as it was left. A type the page does not offer reads as all types.
 */
export function readListFilters(params: URLSearchParams): ListFilters {
  const type = params.get('type') ?? '';
  return {
    objectType: objectTypeOptions.some((o) => o.value === type) ? type : ALL_TYPES,
    search: params.get('q') ?? '',
  };
}

/**
 * The address names a type the page does not offer (`type=invoice`, `type=`): the list reads it
 * as all types, so it is dropped from the address, which then says what is shown.
 */
export const hasUnofferedType = (params: URLSearchParams): boolean =>
  params.has('type') && readListFilters(params).objectType === ALL_TYPES;

/** The address's parameters with these filters changed; an empty one is left out of it. */
export function withListFilters(
  params: URLSearchParams,
  change: Partial<ListFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (change.objectType !== undefined) {
    if (change.objectType === ALL_TYPES) next.delete('type');
    else next.set('type', change.objectType);
  }
  if (change.search !== undefined) {
    if (change.search) next.set('q', change.search);
    else next.delete('q');
  }
  return next;
}
