import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { hashKey, matchQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/http/ApiError.ts';
import {
  isRefusedForSize,
  refusedForSizeMessage,
  uploadFailureMessage,
} from '../model/uploadFailure.ts';
import { definitionsKeys } from '../../../api/definitions/keys.ts';
import { uploadDefinition } from '../../../api/definitions/definitionsApi.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { definitionsListQuery } from '../../../api/definitions/hooks.ts';
import { announce } from '../../../ui/announcer.ts';
import { batchReducer } from '../model/batchReducer.ts';
import { checkRow } from './checkRow.ts';
import { checkRestoredUploads } from './checkRestoredUploads.ts';
import { confirmLostUpload, UploadAnswerLost } from './confirmLostUpload.ts';
import { keysNamed } from '../model/storedUpload.ts';
import { recheckLostUpload, type UnreadLostUpload } from '../model/unreadLostUpload.ts';
import { fileFingerprint, isUploadable, type BatchRow, type FieldName } from '../model/batchRow.ts';
import { nameFromFileName } from '../model/prettifyName.ts';
import { UploadQueue } from '../model/uploadQueue.ts';
import { gatherAnnouncements } from '../model/gatheredAnnouncements.ts';
import { rememberUpload, uploadedContents } from '../model/uploadedContents.ts';
import { offlineUploadMessage, UploadOffline } from '../model/offlineUpload.ts';
import { whileOnline } from './whileOnline.ts';
import { useRecheckWhileUnread } from './useRecheckWhileUnread.ts';
import type { RestoredFile } from '../model/keptBatch.ts';
import {
  cancelledText,
  cancelStage,
  checkingAfterCancelNote,
  removedText,
} from '../model/batchActionText.ts';
import { useCheckAfterCancel } from './useCheckAfterCancel.ts';

let nextId = 0;

function newRow(file: File): BatchRow {
  return {
    id: `file-${++nextId}`,
    file,
    fingerprint: fileFingerprint(file),
    name: nameFromFileName(file.name),
    description: '',
    objectType: '',
    problem: null,
    position: null,
    excerpt: null,
    summary: null,
    status: 'checking',
    progress: 0,
    error: null,
    result: null,
  };
}

/**
 * The upload batch: files become rows, checked in the browser before anything is sent; ready
 * rows upload at most three at a time with progress, cancel and retry.
 */
export function useUploadBatch({ mayUpload = true }: { mayUpload?: boolean } = {}) {
  const [rows, dispatch] = useReducer(batchReducer, []);
  // While the platform user may not upload, the page says once that the files are kept
  // (KeptWhileNotAllowedNotice): an upload refused for it is not news, and its "An upload
  // failed." coming a moment later would replace that announcement unheard. Only that refusal
  // is left unsaid (also when the page learns it only after the refusal came, while the
  // outcomes are gathered): a file stored meanwhile, or one removed, is still news.
  const mayUploadNow = useRef(mayUpload);
  useEffect(() => {
    mayUploadNow.current = mayUpload;
  }, [mayUpload]);
  const queryClient = useQueryClient();
  const update = useCallback(
    (id: string, patch: Partial<BatchRow>) => dispatch({ type: 'update', id, patch }),
    [],
  );
  // The name and size each row was sent with, for its failure message.
  const [sentNames] = useState(() => new Map<string, string>());
  const [sentSizes] = useState(() => new Map<string, number>());
  // The text each row was sent with: once stored, a renamed copy of it is recognised.
  const [sentContents] = useState(() => new Map<string, string>());
  // Keys files of this batch were stored as: a lost answer is never matched to one of them.
  const [storedKeys] = useState(() => new Set<string>());
  // Lost answers the list could not be read to check: checked once a list loads again.
  const [unreadLost] = useState(() => new Map<string, UnreadLostUpload>());
  // Files finishing together are announced together (each alone would replace the one before).
  const [outcomes] = useState(() => gatherAnnouncements(announce));
  // A cancel once the whole file was sent: the list says whether it was stored all the same.
  const afterCancel = useCheckAfterCancel({
    rows,
    update,
    storedKeys,
    sentContents,
    say: outcomes.add,
  });
  const forgetCancelCheck = afterCancel.forget;
  const [queue] = useState(
    () =>
      new UploadQueue<WorkflowDefinition>({
        onStart: (id) => update(id, { status: 'uploading', progress: 0, error: null, note: null }),
        onSuccess: (id, result) => {
          storedKeys.add(result.Key);
          const contentKey = sentContents.get(id);
          if (contentKey) rememberUpload({ contentKey, definition: result });
          update(id, { status: 'done', progress: 1, result });
          outcomes.add(`Uploaded ${result.Name}.`);
          void queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() });
        },
        onError: (id, error) => {
          if (error instanceof UploadOffline) {
            // Offline: said at once (the request would hang until the connection is back).
            update(id, { status: 'failed', error: offlineUploadMessage(error, sentNames.get(id)) });
            outcomes.add('An upload failed: your browser is offline.');
          } else if (isApiError(error) && error.kind === 'aborted')
            update(id, { status: 'cancelled', progress: 0 });
          else if (isRefusedForSize(error)) {
            // Retry cannot help: the row says so and offers none.
            update(id, {
              status: 'refused',
              error: refusedForSizeMessage(error, sentSizes.get(id) ?? 0),
            });
            outcomes.add('The platform refused a file as too large.');
          } else {
            const lost = error instanceof UploadAnswerLost;
            if (lost && error.stored === 'listUnread' && error.sent)
              unreadLost.set(id, {
                error: error.error,
                name: error.sent.name,
                keysBefore: error.sent.keysBefore,
              });
            update(id, {
              status: 'failed',
              error: lost
                ? uploadFailureMessage(error.error, sentNames.get(id), error.stored)
                : uploadFailureMessage(error, sentNames.get(id)),
              awaitingCheck: unreadLost.has(id),
            });
            // Asked again when the gathered outcomes are said: the platform's refusal can come
            // before the page has read that the user may not upload.
            if (mayUploadNow.current) outcomes.add('An upload failed.', () => mayUploadNow.current);
            // A lost or unreadable answer may hide a stored file: the list shows what is there.
            if (lost) void queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() });
          }
        },
        onCancel: (id) => update(id, { status: 'cancelled', progress: 0 }),
      }),
  );

  useEffect(
    () => () => {
      queue.cancelAll();
      outcomes.cancel();
    },
    [queue, outcomes],
  );

  // The row of a lost answer that the list could not check said to look once it loads again:
  // when it does, the page looks itself (stored: uploaded; not stored: Retry is safe). Only the
  // whole list (objectType null) can tell; a filtered one loading again has that one read too.
  useEffect(() => {
    const whole = hashKey(definitionsListQuery(null).queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (unreadLost.size === 0 || event.type !== 'updated' || event.action.type !== 'success')
        return;
      if (!matchQuery({ queryKey: definitionsKeys.lists() }, event.query)) return;
      if (event.query.queryHash !== whole) {
        void queryClient.invalidateQueries({ queryKey: definitionsListQuery(null).queryKey });
        return;
      }
      const listNow = event.query.state.data as WorkflowDefinition[] | undefined;
      if (!listNow) return;
      for (const [id, lost] of [...unreadLost]) {
        unreadLost.delete(id);
        const found = recheckLostUpload(lost, listNow, storedKeys);
        if ('message' in found) {
          update(id, { error: found.message, awaitingCheck: false });
          continue;
        }
        storedKeys.add(found.stored.Key);
        const contentKey = sentContents.get(id);
        if (contentKey) rememberUpload({ contentKey, definition: found.stored });
        update(id, {
          status: 'done',
          progress: 1,
          error: null,
          result: found.stored,
          awaitingCheck: false,
        });
        outcomes.add(`Uploaded ${found.stored.Name}.`);
      }
    });
  }, [queryClient, unreadLost, storedKeys, sentContents, update, outcomes]);

  // Nobody has to find the list's Try again: the page reads the whole list again by itself
  // (the subscription above then tells each waiting row whether its file was stored).
  const recheckList = useCallback(
    () =>
      queryClient
        .fetchQuery({ ...definitionsListQuery(null), staleTime: 0 })
        .then(() => true)
        .catch(() => false),
    [queryClient],
  );
  useRecheckWhileUnread(
    rows.some((row) => row.awaitingCheck),
    recheckList,
  );

  /** Adds files to the batch and checks them; `alsoSay` is announced with the outcome. */
  const addFiles = useCallback((files: File[], alsoSay = '') => {
    const added = files.map(newRow);
    dispatch({ type: 'add', rows: added });
    // Each file settles on its own: one that cannot be read or checked never holds up the rest.
    void Promise.all(added.map((row) => checkRow(row, dispatch))).then((results) => {
      const problems = results.filter((ok) => !ok).length;
      const n = results.length;
      announce(
        `${n} ${n === 1 ? 'file' : 'files'} added${problems ? `, ${problems} with problems` : ''}.${alsoSay ? ` ${alsoSay}` : ''}`,
      );
    });
  }, []);

  /**
   * Puts back files kept from before a reload, with their fields; they are checked again (the
   * file may have changed). Returns their row ids.
   */
  const restore = useCallback(
    (files: RestoredFile[]) => {
      const added = files.map(({ file, name, description, objectType, sending }) => ({
        ...newRow(file),
        name,
        description,
        objectType,
        sent: sending ?? null,
      }));
      dispatch({ type: 'add', rows: added });
      for (const row of added) if (!row.sent) void checkRow(row, dispatch);
      // Cut off by the reload: the platform's list says first whether they were stored.
      const cutOff = added.filter((r) => r.sent);
      if (cutOff.length)
        void checkRestoredUploads(cutOff, {
          queryClient,
          dispatch,
          claimedKeys: storedKeys,
          onStored: (d) => outcomes.add(`${d.Name} was stored before the page was reloaded.`),
        });
      return added.map((r) => r.id);
    },
    [queryClient, storedKeys, outcomes],
  );

  const start = useCallback(
    (row: BatchRow) => {
      if (!isUploadable(row)) return;
      const input = {
        file: row.file,
        name: row.name.trim(),
        description: row.description.trim(),
        objectType: row.objectType,
      };
      unreadLost.delete(row.id);
      forgetCancelCheck(row.id);
      sentNames.set(row.id, input.name);
      sentSizes.set(row.id, row.file.size);
      if (row.contentKey) sentContents.set(row.id, row.contentKey);
      const sent = {
        name: input.name,
        keysBefore: keysNamed(
          queryClient.getQueryData(definitionsListQuery(null).queryKey),
          input.name,
        ),
        claimedKeys: storedKeys,
      };
      // Kept with the row while it uploads: a reload meanwhile looks it up afterwards.
      update(row.id, {
        status: 'queued',
        progress: 0,
        error: null,
        sent: { name: sent.name, keysBefore: sent.keysBefore },
      });
      let sentAll = false;
      queue.add(row.id, (signal) =>
        whileOnline(
          signal,
          (online) =>
            uploadDefinition(input, {
              signal: online,
              onProgress: (progress) => {
                sentAll = progress >= 1;
                update(row.id, { progress });
              },
            }).catch((error: unknown) => confirmLostUpload(error, sent, queryClient)),
          () => sentAll,
        ),
      );
    },
    [
      queue,
      queryClient,
      sentContents,
      sentNames,
      sentSizes,
      storedKeys,
      unreadLost,
      forgetCancelCheck,
      update,
    ],
  );

  /**
   * Cancels the uploads of these rows that are still under way, and says what that did: a file
   * sent whole may have been stored by the platform, so the page reads its list to tell.
   */
  const cancelUploads = (targets: readonly BatchRow[], cancel: () => void) => {
    const cancelled = targets
      .filter((r) => queue.has(r.id))
      .map((r) => ({
        row: r,
        file: r.file,
        name: sentNames.get(r.id) ?? r.name,
        stage: cancelStage(r),
      }));
    cancel();
    if (cancelled.length === 0) return;
    const sentWhole = cancelled.filter((c) => c.stage === 'sentAll');
    // Retry waits for the list: sending again a file that was stored would add it twice.
    for (const c of sentWhole)
      update(c.row.id, { note: checkingAfterCancelNote(c.name), awaitingCheck: true });
    outcomes.add(cancelledText(cancelled));
    if (sentWhole.length) void afterCancel.checkAfterCancel(sentWhole);
  };

  return {
    rows,
    /** Definitions uploaded from this page since the app was opened (see `sameContentWarning`). */
    uploaded: uploadedContents(),
    addFiles,
    restore,
    setField: (id: string, field: FieldName, value: string) => update(id, { [field]: value }),
    upload: start,
    uploadAll: () => rows.filter(isUploadable).forEach(start),
    cancel: (id: string) =>
      cancelUploads(
        rows.filter((r) => r.id === id),
        () => queue.cancel(id),
      ),
    cancelAll: () => cancelUploads(rows, () => queue.cancelAll()),
    /** Takes a file out of the batch and says which, and what is left. */
    remove: (id: string) => {
      const row = rows.find((r) => r.id === id);
      queue.cancel(id);
      unreadLost.delete(id);
      forgetCancelCheck(id);
      dispatch({ type: 'remove', id });
      if (row) outcomes.add(removedText(row.file, batchReducer(rows, { type: 'remove', id })));
    },
    /** Takes files out of the batch without a word (the caller says what happened). */
    discard: (ids: readonly string[]) => {
      for (const id of ids) {
        queue.cancel(id);
        unreadLost.delete(id);
        forgetCancelCheck(id);
        dispatch({ type: 'remove', id });
      }
    },
    clearFinished: () => dispatch({ type: 'clearFinished' }),
    deleteStored: afterCancel.deleteStored,
  };
}
