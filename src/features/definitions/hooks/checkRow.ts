import type { Dispatch } from 'react';
import type { BatchAction } from '../model/batchReducer.ts';
import type { BatchRow } from '../model/batchRow.ts';
import { checkDefinitionFile } from '../check/checkDefinitionFile.ts';

export const UNREADABLE =
  'The file could not be read (it may have been moved, changed or deleted since it was chosen). Choose it again.';

/** Reads and checks one file of the batch; resolves whether it passed. Never rejects. */
export async function checkRow(row: BatchRow, dispatch: Dispatch<BatchAction>): Promise<boolean> {
  const update = (patch: Partial<BatchRow>) => dispatch({ type: 'update', id: row.id, patch });
  const result = await checkDefinitionFile(row.file);
  if (result === 'unreadable') {
    update({ status: 'invalid', problem: UNREADABLE });
    return false;
  }
  if (result.ok) {
    // A duplicate already marked by the reducer keeps its problem (status stays invalid).
    update({ summary: result.summary, contentKey: result.contentKey });
    dispatch({ type: 'markChecked', id: row.id });
    return true;
  }
  const { problem, position, excerpt } = result;
  update({ status: 'invalid', problem, position, excerpt });
  return false;
}
