import { useMemo } from 'react';

/**
 * The indices of virtual items as an array whose identity changes only when the indices do, so
 * memoised rows can compare it by reference.
 */
export function useStableIndices(items: readonly { index: number }[]): readonly number[] {
  let key = '';
  for (const it of items) key += `${it.index},`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` encodes `items` exactly
  return useMemo(() => items.map((it) => it.index), [key]);
}
