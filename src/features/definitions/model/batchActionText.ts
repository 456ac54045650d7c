import type { BatchRow, RowStatus } from './batchRow.ts';
import { shownFileName } from './shownFileName.ts';

/** Each status as the batch's count says it, in the order listed (the badges' words). */
const STATUS_WORDS: readonly [RowStatus, string][] = [
  ['ready', 'ready to upload'],
  ['checking', 'being checked'],
  ['uploading', 'uploading'],
  ['queued', 'waiting'],
  ['cancelled', 'cancelled'],
  ['failed', 'failed'],
  ['done', 'uploaded'],
  ['invalid', 'not valid'],
  ['refused', 'too large'],
];

const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/** What is left in the batch: "2 files left, ready to upload." or "3 files left: 2 …, 1 …". */
export function batchLeftText(rows: readonly Pick<BatchRow, 'status'>[]): string {
  if (rows.length === 0) return 'No files left in the batch.';
  const groups = STATUS_WORDS.map(
    ([status, words]) => [rows.filter((r) => r.status === status).length, words] as const,
  ).filter(([n]) => n > 0);
  const left = `${files(rows.length)} left`;
  if (groups.length === 1) return `${left}, ${groups[0][1]}.`;
  return `${left}: ${groups.map(([n, words]) => `${n} ${words}`).join(', ')}.`;
}

/** Said when a file is taken out of the batch: which, and what is left (`rest`, after it). */
export function removedText(file: File, rest: readonly Pick<BatchRow, 'status'>[]): string {
  return `Removed ${shownFileName(file.name)}. ${batchLeftText(rest)}`;
}

/**
 * How far a cancelled upload had got: still `waiting` its turn (nothing sent), `sending` (not all
 * of the file went out, so nothing can be stored), or `sentAll` (the whole file had gone out and
 * the platform was checking it: it may still store it).
 */
export type CancelStage = 'waiting' | 'sending' | 'sentAll';

export const cancelStage = (row: Pick<BatchRow, 'status' | 'progress'>): CancelStage =>
  row.status === 'queued' ? 'waiting' : row.progress >= 1 ? 'sentAll' : 'sending';

export interface CancelledUpload {
  file: File;
  /** The name it was sent with. */
  name: string;
  stage: CancelStage;
}

/**
 * What a file whose whole content had been sent before Cancel tells the user, on its row, when the
 * platform's list could not say whether it was stored (not read, or the name is there twice).
 */
export const maybeStoredNote = (name: string) =>
  `The whole file had been sent when its upload was cancelled, so the platform may still store it. Look for “${name}” in the list below before retrying, or it may be added twice.`;

/** On its row while the platform's list is read after such a cancel (Retry waits meanwhile). */
export const checkingAfterCancelNote = (name: string) =>
  `The whole file had been sent when its upload was cancelled, so the platform may have stored it: checking its list for “${name}”…`;

/**
 * What the platform's list, read after a cancel that came once the whole file was sent, tells:
 * on the row (`note`) and said aloud (`said`). `unknown` when the list could not tell.
 */
export function checkedAfterCancelText(
  name: string,
  outcome: 'stored' | 'notStored' | 'unknown',
): { note: string; said: string } {
  if (outcome === 'stored')
    return {
      note: `The whole file had been sent when its upload was cancelled, and the platform stored it anyway as “${name}”. Delete it if you did not want it.`,
      said: `“${name}” was stored although its upload was cancelled. Delete it in its row if you did not want it.`,
    };
  if (outcome === 'notStored')
    return {
      note: `The platform’s list, read after the cancel, has no new definition named “${name}”: it was not stored. Retry sends it again.`,
      said: `“${name}” was not stored. Retry sends it again.`,
    };
  return { note: maybeStoredNote(name), said: `Could not tell whether “${name}” was stored.` };
}

/** Said once the definition stored although its upload was cancelled is deleted from its row. */
export const deletedAfterCancelText = (name: string) =>
  `Deleted “${name}” from the platform. Retry sends it again.`;

const quotedList = (names: readonly string[]) =>
  names.length === 1
    ? `“${names[0]}”`
    : `${names
        .slice(0, -1)
        .map((n) => `“${n}”`)
        .join(', ')} and “${names.at(-1)}”`;

/** Said after Cancel or Cancel all: what was cancelled, whether it can have been stored, what next. */
export function cancelledText(cancelled: readonly CancelledUpload[]): string {
  if (cancelled.length === 1) {
    const { file, name, stage } = cancelled[0];
    const shown = shownFileName(file.name);
    if (stage === 'waiting')
      return `Cancelled the upload of ${shown} before it started; nothing was sent. Retry sends it.`;
    if (stage === 'sending')
      return `Cancelled the upload of ${shown}; it was not stored. Retry sends it again.`;
    return `Cancelled the upload of ${shown} after the whole file was sent, so the platform may have stored it: checking its list for “${name}”.`;
  }
  const sentAll = cancelled.filter((c) => c.stage === 'sentAll');
  const head = `Cancelled the uploads of ${files(cancelled.length)}`;
  if (sentAll.length === 0) return `${head}; none was stored. They are ready to upload again.`;
  const notStored = cancelled.length - sentAll.length;
  const one = sentAll.length === 1;
  const it = one ? 'it' : 'them';
  const whole = one ? shownFileName(sentAll[0].file.name) : `${sentAll.length} of them`;
  return [
    `${head}.`,
    notStored > 0 ? `${notStored} ${notStored === 1 ? 'was' : 'were'} not stored.` : '',
    `${whole} had been sent whole, so the platform may have stored ${it}: checking its list for ${quotedList(sentAll.map((c) => c.name))}.`,
  ]
    .filter(Boolean)
    .join(' ');
}
