import type { RevisionLike } from '../components/HistoryView.tsx';

/**
 * Saved revisions of one assignment (GetTargetRevisionHistory). Until the targets API hooks are
 * in place this says so instead of pretending there is no history.
 */
export function useRowHistory(assignmentId: number | null): {
  status: 'pending' | 'error' | 'success';
  error?: string;
  revisions: readonly RevisionLike[];
} {
  void assignmentId;
  return { status: 'error', error: 'The revision history is not available yet.', revisions: [] };
}
