import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { useDeleteTargetGroup, useSaveTargetGroup, useTargetGroupForYear } from './hooks.ts';
import { targetsKeys } from './keys.ts';
import type { TargetGroup } from './schemas.ts';
import * as api from './targetsApi.ts';

const group = (id: number, year: number, value = 1): TargetGroup => ({
  TargetGroupId: id,
  Year: year,
  EntityType: 'Sale',
  PeriodType: 'Year',
  TargetAssignments: [{ TargetAssignmentInfoId: id * 10, Values: [value], Locked: false }],
});

function setup() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={qc}>{children}</QueryClientProvider>
  );
  return { qc, wrapper };
}

afterEach(() => vi.restoreAllMocks());

describe('targets hooks', () => {
  it('a year without a group is null (404), other errors stay errors', async () => {
    const { wrapper } = setup();
    vi.spyOn(api, 'fetchTargetGroupForYear').mockResolvedValueOnce(null);
    const { result } = renderHook(() => useTargetGroupForYear(2030), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    vi.spyOn(api, 'fetchTargetGroupForYear').mockRejectedValueOnce(
      new ApiError({ kind: 'http', status: 500, message: 'boom', request: 'x' }),
    );
    const failing = renderHook(() => useTargetGroupForYear(2031), { wrapper });
    await waitFor(() => expect(failing.result.current.isError).toBe(true));
  });

  it('Save updates exactly that group and its rows’ histories', async () => {
    const { qc, wrapper } = setup();
    qc.setQueryData(targetsKeys.groupForYear(2026), group(1, 2026));
    qc.setQueryData(targetsKeys.groupForYearAndDimension(2026, 1), group(1, 2026));
    qc.setQueryData(targetsKeys.groupForYear(2025), group(2, 2025));
    qc.setQueryData(targetsKeys.revisionHistory(10), {
      TargetGroupId: 1,
      Year: 2026,
      Revisions: [],
    });
    qc.setQueryData(targetsKeys.revisionHistory(20), {
      TargetGroupId: 2,
      Year: 2025,
      Revisions: [],
    });
    const saved = group(1, 2026, 99);
    vi.spyOn(api, 'saveTargetGroup').mockResolvedValue(saved);
    const { result } = renderHook(() => useSaveTargetGroup(), { wrapper });
    await act(() => result.current.mutateAsync(group(1, 2026)));
    expect(qc.getQueryData(targetsKeys.groupForYear(2026))).toEqual(saved);
    expect(qc.getQueryData(targetsKeys.groupForYearAndDimension(2026, 1))).toEqual(saved);
    expect(qc.getQueryData(targetsKeys.group(1))).toEqual(saved);
    expect(qc.getQueryData<TargetGroup>(targetsKeys.groupForYear(2025))?.TargetGroupId).toBe(2);
    expect(qc.getQueryState(targetsKeys.revisionHistory(10))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(targetsKeys.revisionHistory(20))?.isInvalidated).toBe(false);
  });

  it('a refetch of the group under way when the save comes back does not overwrite the saved group', async () => {
    const { qc, wrapper } = setup();
    const fetch = vi.spyOn(api, 'fetchTargetGroupForYear').mockResolvedValueOnce(group(1, 2026));
    const { result } = renderHook(() => useTargetGroupForYear(2026), { wrapper });
    await waitFor(() => expect(result.current.data).toEqual(group(1, 2026)));
    // A refetch (reconnect, a retry) starts; the server answers it with the values before the save.
    let answer: (g: TargetGroup) => void = () => {};
    fetch.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    void act(() => void qc.refetchQueries({ queryKey: targetsKeys.groupForYear(2026) }));
    const saved = group(1, 2026, 99);
    vi.spyOn(api, 'saveTargetGroup').mockResolvedValue(saved);
    const save = renderHook(() => useSaveTargetGroup(), { wrapper });
    await act(() => save.result.current.mutateAsync(group(1, 2026, 99)));
    await act(async () => answer(group(1, 2026)));
    expect(qc.getQueryData(targetsKeys.groupForYear(2026))).toEqual(saved);
    await waitFor(() => expect(result.current.data).toEqual(saved));
    expect(result.current.isFetching).toBe(false);
  });

  it('Save of a new group refetches the year that had none', async () => {
    const { qc, wrapper } = setup();
    qc.setQueryData(targetsKeys.groupForYear(2030), null);
    qc.setQueryData(targetsKeys.groupForYear(2029), null);
    vi.spyOn(api, 'saveTargetGroup').mockResolvedValue(group(7, 2030));
    const { result } = renderHook(() => useSaveTargetGroup(), { wrapper });
    await act(() => result.current.mutateAsync({ ...group(0, 2030) }));
    expect(qc.getQueryState(targetsKeys.groupForYear(2030))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(targetsKeys.groupForYear(2029))?.isInvalidated).toBe(false);
  });

  it('Delete turns that group into "no group" and invalidates its histories', async () => {
    const { qc, wrapper } = setup();
    qc.setQueryData(targetsKeys.group(1), group(1, 2026));
    qc.setQueryData(targetsKeys.groupForYear(2026), group(1, 2026));
    qc.setQueryData(targetsKeys.groupForYear(2025), group(2, 2025));
    qc.setQueryData(targetsKeys.revisionHistory(10), {
      TargetGroupId: 1,
      Year: 2026,
      Revisions: [],
    });
    vi.spyOn(api, 'deleteTargetGroup').mockResolvedValue(undefined as never);
    const { result } = renderHook(() => useDeleteTargetGroup(), { wrapper });
    await act(() => result.current.mutateAsync(group(1, 2026)));
    expect(qc.getQueryData(targetsKeys.group(1))).toBeUndefined();
    expect(qc.getQueryData(targetsKeys.groupForYear(2026))).toBeNull();
    expect(qc.getQueryData<TargetGroup>(targetsKeys.groupForYear(2025))?.TargetGroupId).toBe(2);
    expect(qc.getQueryState(targetsKeys.revisionHistory(10))?.isInvalidated).toBe(true);
  });
});
