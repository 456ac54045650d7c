import type { BatchRow } from './batchRow.ts';
import { duplicateOf } from './batchRow.ts';
import { shownFileName } from './shownFileName.ts';

export type BatchAction =
  | { type: 'add'; rows: BatchRow[] }
  | { type: 'update'; id: string; patch: Partial<BatchRow> }
  | { type: 'remove'; id: string }
  /** The XML check passed: ready, unless the row is already invalid (a duplicate). */
  | { type: 'markChecked'; id: string }
  | { type: 'clearFinished' };

/**
 * The upload batch. Adding a file that is already in the batch keeps it visible but marks it as a
 * duplicate, so it is never sent twice.
 */
export function batchReducer(rows: BatchRow[], action: BatchAction): BatchRow[] {
  switch (action.type) {
    case 'add': {
      const next = [...rows];
      for (const row of action.rows) {
        const first = duplicateOf(next, row);
        next.push(
          first
            ? {
                ...row,
                status: 'invalid',
                problem: `The same file as “${shownFileName(first.file.name)}” above is already in this batch.`,
              }
            : row,
        );
      }
      return next;
    }
    case 'update':
      return rows.map((r) => (r.id === action.id ? { ...r, ...action.patch } : r));
    case 'markChecked':
      return rows.map((r) =>
        r.id === action.id && r.status === 'checking' ? { ...r, status: 'ready' } : r,
      );
    case 'remove': {
      const removed = rows.find((r) => r.id === action.id);
      const rest = rows.filter((r) => r.id !== action.id);
      if (!removed || duplicateOf(rows, removed)) return rest;
      // The first copy of a file left: the next copy, held back as its duplicate, stands in for it
      // (when its own check passed: a summary), instead of staying refused for a file not there.
      const next = rest.find((r) => r.fingerprint === removed.fingerprint);
      return rest.map((r) =>
        r === next && r.status === 'invalid' && r.summary
          ? { ...r, status: 'ready', problem: null }
          : r,
      );
    }
    case 'clearFinished':
      return rows.filter((r) => r.status !== 'done');
  }
}
