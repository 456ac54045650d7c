import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { definitionsKeys } from '../../../api/definitions/keys.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { definitionsListQuery, useDeleteDefinition } from '../../../api/definitions/hooks.ts';
import { findStoredUpload } from '../model/storedUpload.ts';
import type { BatchRow } from '../model/batchRow.ts';
import { rememberUpload } from '../model/uploadedContents.ts';
import { checkedAfterCancelText, deletedAfterCancelText } from '../model/batchActionText.ts';
import { deleteFailureText } from '../model/deleteOutcome.ts';

/** What of the upload batch (useUploadBatch) a check after a cancel reads and changes. */
export interface CheckAfterCancelContext {
  rows: readonly BatchRow[];
  update: (id: string, patch: Partial<BatchRow>) => void;
  /** Keys files of this batch were stored as (a stored file found here is added). */
  storedKeys: Set<string>;
  /** The text each row was sent with, to recognise a renamed copy once stored. */
  sentContents: ReadonlyMap<string, string>;
  /** Says what became of each row, gathered with the batch's other outcomes. */
  say: (message: string) => void;
}

/**
 * An upload cancelled once its whole file was sent may have been stored all the same: the
 * platform may have stored it before the cancel reached it. This reads the platform's list
 * afresh after such a cancel, so each row says whether it was stored (and offers to delete it)
 * or not (Retry is safe), and deletes what was stored when the user asks.
 */
export function useCheckAfterCancel({
  rows,
  update,
  storedKeys,
  sentContents,
  say,
}: CheckAfterCancelContext) {
  const queryClient = useQueryClient();
  // Rows cancelled after their whole file was sent, each with the check of the list it waits for:
  // a Retry or Remove meanwhile makes that check's answer old news for the row.
  const [checks] = useState(() => new Map<string, object>());
  const removeStored = useDeleteDefinition();

  /**
   * Reads the list for these rows and tells each whether its file was stored; `unknown` when
   * the list cannot tell, and then it points to the list.
   */
  const checkAfterCancel = async (sentWhole: readonly { row: BatchRow; name: string }[]) => {
    const waiting = sentWhole.map((c) => {
      const check = {};
      checks.set(c.row.id, check);
      return { ...c, check };
    });
    let listNow: WorkflowDefinition[] | null;
    try {
      listNow = await queryClient.fetchQuery({ ...definitionsListQuery(null), staleTime: 0 });
    } catch {
      listNow = null;
    }
    // A filtered list on show is read again too, to show (or not) what was stored.
    void queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() });
    for (const { row, name, check } of waiting) {
      if (checks.get(row.id) !== check) continue;
      checks.delete(row.id);
      const found = listNow
        ? findStoredUpload(name, row.sent?.keysBefore ?? null, listNow, storedKeys)
        : ({ outcome: 'unknown' } as const);
      const text = checkedAfterCancelText(name, found.outcome);
      if (found.outcome === 'stored') {
        storedKeys.add(found.definition.Key);
        const contentKey = sentContents.get(row.id);
        if (contentKey) rememberUpload({ contentKey, definition: found.definition });
        update(row.id, {
          status: 'done',
          progress: 1,
          result: found.definition,
          note: text.note,
          awaitingCheck: false,
          storedDespiteCancel: true,
        });
      } else update(row.id, { note: text.note, awaitingCheck: false });
      say(text.said);
    }
  };

  /**
   * Deletes from the platform the definition a row's file was stored as although its upload was
   * cancelled; the row is then as cancelled, ready to send again. Asked for through the same
   * confirmation as the list's Delete, which shows a failure (this rejects with its words) and
   * stays open to try again.
   */
  const deleteStored = async (id: string) => {
    const row = rows.find((r) => r.id === id);
    if (!row?.result || !row.storedDespiteCancel) return;
    const { Key, Name } = row.result;
    try {
      await removeStored.mutateAsync(Key);
    } catch (e) {
      throw new Error(deleteFailureText(e, Name), { cause: e });
    }
    storedKeys.delete(Key);
    update(id, {
      status: 'cancelled',
      progress: 0,
      result: null,
      storedDespiteCancel: false,
      note: deletedAfterCancelText(Name),
    });
    say(deletedAfterCancelText(Name));
  };

  /** The row is sent again or removed: the answer of a check it waited for is old news. */
  const forget = useCallback(
    (id: string) => {
      checks.delete(id);
    },
    [checks],
  );

  return {
    checkAfterCancel,
    deleteStored,
    forget,
  };
}
