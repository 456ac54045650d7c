import { useEffect, useRef, useState } from 'react';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { editorDraftOwner } from '../../../app/drafts/editorDraft.ts';
import type { BatchRow } from '../model/batchRow.ts';
import { keptBatchOf, restoredFiles, type RestoredFile } from '../model/keptBatch.ts';
import { loadKeptBatch, saveKeptBatch } from './keptBatchStore.ts';

// Leaving the page in the app drops the kept batch; React's development double mount must not.
let pendingClear: ReturnType<typeof setTimeout> | undefined;

/**
 * Keeps the batch's files not uploaded yet, with their fields, per signed-in user, so a reload or
 * a closed tab does not lose them: on the next visit they are put back (`restore` adds them and
 * returns their row ids) and `notice` says how many. Uploading or removing them, or leaving the
 * page in the app (the leave question was answered), lets them go.
 */
export function useKeptBatch(
  rows: readonly BatchRow[],
  restore: (files: RestoredFile[]) => string[],
  /**
   * False while the platform user may not upload: the files are set aside for someone who may,
   * so leaving the page keeps them.
   */
  dropOnLeave = true,
) {
  const connection = useConnection();
  const owner = connection
    ? editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName)
    : null;
  const [notice, setNotice] = useState<{ ids: string[] } | null>(null);
  // Nothing is written before what was kept has been read (it would be overwritten).
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const restoreRef = useRef(restore);
  const dropOnLeaveRef = useRef(dropOnLeave);
  useEffect(() => {
    restoreRef.current = restore;
    dropOnLeaveRef.current = dropOnLeave;
  });

  // One write at a time, the latest winning: typing is never held up by the files' size.
  const [writer] = useState(() => {
    let running = false;
    let next: (() => Promise<void>) | null = null;
    return (write: () => Promise<void>) => {
      next = write;
      if (running) return;
      running = true;
      void (async () => {
        while (next) {
          const now = next;
          next = null;
          await now();
        }
        running = false;
      })();
    };
  });

  useEffect(() => {
    if (!owner) return;
    clearTimeout(pendingClear);
    let current = true;
    void loadKeptBatch(owner).then((kept) => {
      if (!current) return;
      const files = kept ? restoredFiles(kept.batch, kept.files) : [];
      if (files.length) setNotice({ ids: restoreRef.current(files) });
      setLoadedFor(owner);
    });
    return () => {
      current = false;
      if (dropOnLeaveRef.current)
        pendingClear = setTimeout(() => writer(() => saveKeptBatch(owner, null)));
    };
  }, [owner, writer]);

  useEffect(() => {
    if (!owner || loadedFor !== owner) return;
    const kept = keptBatchOf(rows);
    writer(() => saveKeptBatch(owner, kept));
  }, [rows, owner, loadedFor, writer]);

  return { notice, dismiss: () => setNotice(null) };
}
