import type { Dispatch } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { definitionsListQuery } from '../../../api/definitions/hooks.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import type { BatchAction } from '../model/batchReducer.ts';
import type { BatchRow } from '../model/batchRow.ts';
import { restoredUploadPatch } from '../model/restoredUpload.ts';
import { checkRow } from './checkRow.ts';

/**
 * Files put back after a reload that cut their upload off: the platform's list, read afresh,
 * says whether each was stored (see restoredUpload.ts). They stay "Checking…" until then, so no
 * upload sends them meanwhile; a stored one becomes uploaded, the others are checked again as any
 * restored file. `claimedKeys`: keys other files of the batch were stored as (one each).
 */
export async function checkRestoredUploads(
  rows: readonly BatchRow[],
  deps: {
    queryClient: QueryClient;
    dispatch: Dispatch<BatchAction>;
    claimedKeys: Set<string>;
    onStored: (definition: WorkflowDefinition) => void;
  },
): Promise<void> {
  const { queryClient, dispatch, claimedKeys, onStored } = deps;
  const listNow = await queryClient
    .fetchQuery({ ...definitionsListQuery(null), staleTime: 0 })
    .catch(() => null);
  const checks: Promise<unknown>[] = [];
  for (const row of rows) {
    if (!row.sent) continue;
    const { stored, patch } = restoredUploadPatch(row.sent, listNow, claimedKeys);
    if (stored) {
      claimedKeys.add(stored.Key);
      dispatch({ type: 'update', id: row.id, patch });
      onStored(stored);
      continue;
    }
    checks.push(
      checkRow(row, dispatch).then((ok) => {
        // A file that no longer passes its checks keeps its problem (it cannot be sent anyway).
        dispatch({ type: 'update', id: row.id, patch: ok ? patch : { sent: null } });
      }),
    );
  }
  await Promise.all(checks);
}
