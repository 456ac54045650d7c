import type { BatchRow, RowStatus } from './batchRow.ts';

/** Rows that were sent (or are being sent). */
export const SENT_STATUSES: readonly RowStatus[] = [
  'queued',
  'uploading',
  'done',
  'failed',
  'refused',
];
const ACTIVE = SENT_STATUSES;

/**
 * Overall progress of the rows sent (0–1), or null when none is sent. A failed or refused row
 * adds nothing (its bytes may all have gone), so once the batch settles the bar shows the share
 * uploaded, as its "n of m uploaded" label says.
 */
export function overallProgress(rows: readonly BatchRow[]): number | null {
  const sent = rows.filter((r) => ACTIVE.includes(r.status));
  if (sent.length === 0) return null;
  const share = (r: BatchRow) =>
    r.status === 'done' ? 1 : r.status === 'failed' || r.status === 'refused' ? 0 : r.progress;
  return sent.reduce((s, r) => s + share(r), 0) / sent.length;
}

/**
 * The overall bar's label: how many are uploading and waiting (at most three upload at a time,
 * so "Uploading 4…" for three under way and one waiting would not be true), then how many of those
 * sent were uploaded, and how many more are ready to go (added after the others went).
 */
export function overallStatusText(rows: readonly Pick<BatchRow, 'status'>[]): string {
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length;
  const uploading = count('uploading');
  const waiting = count('queued');
  if (uploading + waiting > 0)
    return `Uploading ${uploading}${waiting ? `, ${waiting} waiting` : ''}…`;
  const sent = rows.filter((r) => SENT_STATUSES.includes(r.status)).length;
  // Files added after the others went read as if they were not there ("3 of 3 uploaded").
  const ready = count('ready');
  const uploaded = `${count('done')} of ${sent} uploaded`;
  return ready ? `${uploaded}, ${ready} more ready to upload` : uploaded;
}
