import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import type { DefinitionSummary } from './definitionXml.ts';
import { shownFileName } from './shownFileName.ts';

/**
 * `failed` may succeed when tried again; `refused` was turned down by the platform for good (the
 * file is larger than it accepts), so it offers no Retry.
 */
export type RowStatus =
  | 'checking'
  | 'invalid'
  | 'ready'
  | 'queued'
  | 'uploading'
  | 'done'
  | 'failed'
  | 'refused'
  | 'cancelled';

/** One file of the upload batch: its fields, the result of its checks and of its upload. */
export interface BatchRow {
  id: string;
  file: File;
  /** Same name, size and date = the same file. */
  fingerprint: string;
  name: string;
  description: string;
  objectType: string;
  /** A check that failed: the file cannot be sent. */
  problem: string | null;
  /** Where in the XML the problem is, when it is in the XML. */
  position: { line: number; column: number } | null;
  /** The text of the line with the XML problem. */
  excerpt: string | null;
  summary: DefinitionSummary | null;
  /** Its text's key once checked (see `contentKey`): a renamed copy has the same. */
  contentKey?: string | null;
  status: RowStatus;
  /** Upload progress, 0–1. */
  progress: number;
  /** The server's (or the network's) message after a failed upload. */
  error: string | null;
  result: WorkflowDefinition | null;
}

export const fileFingerprint = (f: { name: string; size: number; lastModified: number }) =>
  `${f.name}|${f.size}|${f.lastModified}`;

export type FieldName = 'name' | 'description' | 'objectType';

/** The three required fields. */
export function fieldErrors(row: Pick<BatchRow, FieldName>): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!row.name.trim()) errors.name = 'Enter a name.';
  if (!row.description.trim()) errors.description = 'Enter a description.';
  if (!row.objectType) errors.objectType = 'Choose the resource type.';
  return errors;
}

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

/** A definition uploaded from this page: its text's key, and what the platform stored it as. */
export interface UploadedContent {
  contentKey: string;
  definition: Pick<WorkflowDefinition, 'Key' | 'Name'>;
}

/**
 * A warning (not a blocker: the same workflow may be wanted for two resource types) when the row's
 * text is that of another file of the batch, or of a definition uploaded earlier from this page
 * that is still on the platform (`existingKeys`; null while the list is not known). The platform
 * cannot tell what a definition holds, so copies uploaded elsewhere are not recognised.
 */
export function sameContentWarning(
  rows: readonly Pick<BatchRow, 'id' | 'file' | 'problem' | 'status' | 'contentKey' | 'result'>[],
  row: Pick<BatchRow, 'id' | 'problem' | 'status' | 'contentKey'>,
  uploaded: readonly UploadedContent[],
  existingKeys: ReadonlySet<string> | null,
): string | null {
  const key = row.contentKey;
  if (!key || row.problem || row.status === 'done') return null;
  const copies = rows.filter((r) => r.id !== row.id && !r.problem && r.contentKey === key);
  // One already on the platform matters most: uploading this adds a second copy there.
  const sent = copies.find((r) => r.status === 'done' && r.result);
  if (sent?.result)
    return `“${shownFileName(sent.file.name)}” in this batch has the same content and was uploaded as “${sent.result.Name}”; uploading this adds a second copy.`;
  const earlier = uploaded.find(
    (u) => u.contentKey === key && (existingKeys?.has(u.definition.Key) ?? true),
  );
  if (earlier)
    return `The same content was uploaded earlier as “${earlier.definition.Name}”; uploading this adds a second copy.`;
  const other = copies[0];
  return other
    ? `“${shownFileName(other.file.name)}” in this batch has the same content; uploading both adds two definitions of the same workflow.`
    : null;
}

/** Rows whose file is the same as an earlier row's in the batch. */
export function duplicateOf<T extends Pick<BatchRow, 'id' | 'fingerprint'>>(
  rows: readonly T[],
  row: Pick<BatchRow, 'id' | 'fingerprint'>,
): T | undefined {
  const first = rows.find((r) => r.fingerprint === row.fingerprint);
  return first && first.id !== row.id ? first : undefined;
}

/** Whether the row may be sent now (checked, fields filled, not already sent or in flight). */
export const isUploadable = (row: BatchRow) =>
  (row.status === 'ready' || row.status === 'failed' || row.status === 'cancelled') &&
  !row.problem &&
  Object.keys(fieldErrors(row)).length === 0;

/**
 * Files of the batch that would be lost by leaving the page: not uploaded yet and not refused
 * (their fields may hold typed text; a failed or cancelled one can still be retried).
 */
export const unsentCount = (rows: readonly Pick<BatchRow, 'status'>[]) =>
  rows.filter((r) => r.status !== 'done' && r.status !== 'invalid' && r.status !== 'refused')
    .length;

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
 * sent were uploaded.
 */
export function overallStatusText(rows: readonly Pick<BatchRow, 'status'>[]): string {
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length;
  const uploading = count('uploading');
  const waiting = count('queued');
  if (uploading + waiting > 0)
    return `Uploading ${uploading}${waiting ? `, ${waiting} waiting` : ''}…`;
  const sent = rows.filter((r) => SENT_STATUSES.includes(r.status)).length;
  return `${count('done')} of ${sent} uploaded`;
}
