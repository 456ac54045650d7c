import { useEffect } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { ALL_TYPES, hasUnofferedType, withListFilters } from '../model/listFilters.ts';

/**
 * A `type=` the page does not offer (an old or mistyped link) is read as all types; it is then
 * dropped from the address, replaced rather than pushed, so the address, a reload and a link
 * shared from it say what the list shows.
 */
export function useOfferedTypeInAddress(params: URLSearchParams, setParams: SetURLSearchParams) {
  const unoffered = hasUnofferedType(params);
  useEffect(() => {
    if (unoffered)
      setParams((current) => withListFilters(current, { objectType: ALL_TYPES }), {
        replace: true,
      });
  }, [unoffered, setParams]);
}
