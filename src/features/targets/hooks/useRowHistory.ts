import type { RevisionLike } from '../components/HistoryView.tsx';
import { useRevisionHistory } from './targetsApi.ts';

/** Saved revisions of one assignment (GetTargetRevisionHistory), oldest first. */
export function useRowHistory(assignmentId: number | null): {
  status: 'pending' | 'error' | 'success';
  error?: string;
  revisions: readonly RevisionLike[];
} {
  const q = useRevisionHistory(assignmentId);
  if (assignmentId === null || assignmentId <= 0) return { status: 'success', revisions: [] };
  return {
    status: q.status,
    error: q.error?.message,
    revisions: (q.data?.Revisions ?? []) as readonly RevisionLike[],
  };
}
