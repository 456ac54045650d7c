import type { BatchRow } from './batchRow.ts';
import { shownFileName } from './shownFileName.ts';

/** A warning (not a blocker) when a definition of that name is already on the platform. */
export function nameWarning(name: string, existingNames: readonly string[]): string | null {
  const n = name.trim().toLowerCase();
  if (!n) return null;
  const match = existingNames.find((e) => e.trim().toLowerCase() === n);
  return match
    ? `A definition named “${match}” already exists on the platform; this adds another.`
    : null;
}

/**
 * A warning (not a blocker) when another file of the batch that may still be sent has the same
 * name (case and surrounding spaces ignored). Files already uploaded are left out: they are on the
 * platform by then, and `nameWarning` covers them.
 */
export function batchNameWarning(
  rows: readonly Pick<BatchRow, 'id' | 'name' | 'file' | 'problem' | 'status'>[],
  row: Pick<BatchRow, 'id' | 'name'>,
): string | null {
  const n = row.name.trim().toLowerCase();
  if (!n) return null;
  const other = rows.find(
    (r) =>
      r.id !== row.id && !r.problem && r.status !== 'done' && r.name.trim().toLowerCase() === n,
  );
  return other
    ? `“${shownFileName(other.file.name)}” in this batch has the same name; uploading both adds two definitions named “${row.name.trim()}”.`
    : null;
}
