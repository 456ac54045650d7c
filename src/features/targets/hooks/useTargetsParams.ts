import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { readTargetsParams } from '../model/targetsParams.ts';

/**
 * The chosen year and target type live in the URL (?year=2027&type=2), so a reload or a shared
 * link returns to the same group. Absent: this year and the default type.
 */
export function useTargetsParams() {
  const [params, setParams] = useSearchParams();
  const { year, dimensionId } = readTargetsParams(params);

  const select = useCallback(
    (next: { year?: number; dimensionId?: number | null }) => {
      setParams((p) => {
        const out = new URLSearchParams(p);
        if (next.year !== undefined) out.set('year', String(next.year));
        if (next.dimensionId !== undefined) {
          if (next.dimensionId === null) out.delete('type');
          else out.set('type', String(next.dimensionId));
        }
        return out;
      });
    },
    [setParams],
  );

  return { year, dimensionId, select };
}
