import { isApiError } from '../../../api/http/ApiError.ts';
import type { RevisionLike } from '../components/HistoryView.tsx';
import { useRevisionHistory } from './targetsApi.ts';

/** Saved revisions of one assignment (GetTargetRevisionHistory), oldest first. */
export function useRowHistory(assignmentId: number | null): {
  status: 'pending' | 'error' | 'success';
  /** What went wrong, in words (the ApiError's userMessage), when status is 'error'. */
  error?: string;
  revisions: readonly RevisionLike[];
  /** Loads it again; true when it came. */
  retry: () => Promise<boolean>;
  retrying: boolean;
} {
  const q = useRevisionHistory(assignmentId);
  const retry = async () => (await q.refetch()).isSuccess;
  if (assignmentId === null || assignmentId <= 0)
    return { status: 'success', revisions: [], retry, retrying: false };
  const e = q.error;
  return {
    status: q.status,
    error: e ? (isApiError(e) ? e.userMessage : e.message) : undefined,
    revisions: (q.data?.Revisions ?? []) as readonly RevisionLike[],
    retry,
    retrying: q.isFetching,
  };
}
