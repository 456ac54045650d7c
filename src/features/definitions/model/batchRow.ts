import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import type { DefinitionSummary } from './definitionXml.ts';

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

/** What an upload was sent with, to find it in the platform's list when its answer is lost. */
export interface SentAs {
  /** The name as sent (trimmed). */
  name: string;
  /** Keys of the definitions of that name when it was sent; null when the list was not loaded. */
  keysBefore: string[] | null;
}

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
  /**
   * Its upload as sent; kept while the outcome is not known (uploading, or put back after a reload
   * that cut the upload off and not yet looked up in the platform's list: see restoredUpload.ts).
   */
  sent?: SentAs | null;
  /** What the page found out about the row after a reload (see restoredUpload.ts). */
  note?: string | null;
  /**
   * Its answer was lost and the platform's list could not be read to check whether it was
   * stored: Retry could add it twice, so it waits until the list tells (useUploadBatch).
   */
  awaitingCheck?: boolean;
  /**
   * Stored although its upload was cancelled (the whole file had been sent): the row offers to
   * delete it from the platform (useUploadBatch's deleteStored).
   */
  storedDespiteCancel?: boolean;
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
  !row.awaitingCheck &&
  !row.problem &&
  Object.keys(fieldErrors(row)).length === 0;

/**
 * Files of the batch that would be lost by leaving the page: not uploaded yet and not refused
 * (their fields may hold typed text; a failed or cancelled one can still be retried).
 */
export const isUnsent = (row: Pick<BatchRow, 'status'>) =>
  row.status !== 'done' && row.status !== 'invalid' && row.status !== 'refused';

export const unsentCount = (rows: readonly Pick<BatchRow, 'status'>[]) =>
  rows.filter(isUnsent).length;
