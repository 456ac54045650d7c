import type { QueryClient } from '@tanstack/react-query';
import {
  targetGroupForYearAndDimensionQuery,
  targetGroupForYearQuery,
} from '../../api/targets/hooks.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { readTargetsParams } from './model/targetsParams.ts';

/**
 * Starts loading the group a /targets URL asks for, as the route matches: the request (several
 * MB for a large group) then runs while the page's code loads, instead of after it has rendered.
 * Only when signed in (otherwise the sign-in redirect comes first); a cached group is not
 * fetched again (the group queries never go stale by themselves).
 */
export function prefetchTargetGroup(queryClient: QueryClient, url: URL): void {
  if (!connectionStore.get()) return;
  const { year, dimensionId } = readTargetsParams(url.searchParams);
  void queryClient.prefetchQuery(
    dimensionId === null
      ? targetGroupForYearQuery(year)
      : targetGroupForYearAndDimensionQuery(year, dimensionId),
  );
}
