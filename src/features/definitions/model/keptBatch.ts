import { isUnsent, type BatchRow, type SentAs } from './batchRow.ts';

/**
 * The files of the upload batch not uploaded yet, kept in the browser (IndexedDB) so a reload or
 * a closed tab does not lose them: each file by its fingerprint, and the fields typed for it.
 */
export interface KeptRow {
  fingerprint: string;
  name: string;
  description: string;
  objectType: string;
  /** It was being uploaded: the platform may have stored it (see restoredUpload.ts). */
  sending?: SentAs;
}

export interface KeptBatch {
  v: 1;
  savedAt: string;
  rows: KeptRow[];
}

/**
 * What to keep of the batch now: every unsent row with its fields, and each file once (rows of
 * the same file share it; put back, the later ones say they are the same file, as when added).
 * Null when there are none.
 */
export function keptBatchOf(
  rows: readonly BatchRow[],
  now = new Date(),
): { batch: KeptBatch; files: Map<string, File> } | null {
  const files = new Map<string, File>();
  const kept: KeptRow[] = [];
  for (const row of rows) {
    if (!isUnsent(row)) continue;
    files.set(row.fingerprint, row.file);
    const { fingerprint, name, description, objectType } = row;
    const sending = wasSent(row);
    kept.push({ fingerprint, name, description, objectType, ...(sending && { sending }) });
  }
  return kept.length ? { batch: { v: 1, savedAt: now.toISOString(), rows: kept }, files } : null;
}

/**
 * The upload of the row as sent, while its outcome is not known: under way, or put back after a
 * reload and not yet looked up in the platform's list.
 */
function wasSent(row: BatchRow): SentAs | undefined {
  const open = row.status === 'uploading' || row.status === 'checking';
  return open && row.sent ? row.sent : undefined;
}

const isText = (v: unknown): v is string => typeof v === 'string';

function readSentAs(value: unknown): SentAs | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, keysBefore } = value as Partial<SentAs>;
  if (!isText(name)) return undefined;
  const keys = Array.isArray(keysBefore) && keysBefore.every(isText) ? keysBefore : null;
  return { name, keysBefore: keys };
}

/** A kept batch read back; null when it is not one this version wrote. */
export function readKeptBatch(value: unknown): KeptBatch | null {
  if (typeof value !== 'object' || value === null) return null;
  const b = value as Partial<KeptBatch>;
  if (b.v !== 1 || !isText(b.savedAt) || !Array.isArray(b.rows)) return null;
  const rows = (b.rows as unknown[])
    .filter(
      (r): r is KeptRow =>
        typeof r === 'object' &&
        r !== null &&
        isText((r as KeptRow).fingerprint) &&
        isText((r as KeptRow).name) &&
        isText((r as KeptRow).description) &&
        isText((r as KeptRow).objectType),
    )
    .map(({ fingerprint, name, description, objectType, sending }) => {
      const sent = readSentAs(sending);
      return { fingerprint, name, description, objectType, ...(sent && { sending: sent }) };
    });
  return { v: 1, savedAt: b.savedAt, rows };
}

/** A kept row with its file, as put back in the batch. */
export type RestoredFile = Omit<KeptRow, 'fingerprint'> & { file: File };

/** Kept rows whose file was found again, in their order. */
export function restoredFiles(batch: KeptBatch, files: ReadonlyMap<string, File>): RestoredFile[] {
  const out: RestoredFile[] = [];
  for (const { fingerprint, ...fields } of batch.rows) {
    const file = files.get(fingerprint);
    if (file) out.push({ ...fields, file });
  }
  return out;
}

/** The notice after a reload: how many files came back. */
export const restoredText = (n: number) =>
  `${n} ${n === 1 ? 'file' : 'files'} you had not uploaded ${n === 1 ? 'is' : 'are'} back`;
