import type { Dispatch } from 'react';
import type { BatchAction } from '../model/batchReducer.ts';
import type { BatchRow } from '../model/batchRow.ts';
import { checkDefinitionXml, lineExcerpt, positionOf } from '../model/definitionXml.ts';
import { decodeXmlBytes } from '../model/decodeXmlBytes.ts';

export const UNREADABLE =
  'The file could not be read (it may have been moved, changed or deleted since it was chosen). Choose it again.';

/** Reads and checks one file of the batch; resolves whether it passed. Never rejects. */
export async function checkRow(row: BatchRow, dispatch: Dispatch<BatchAction>): Promise<boolean> {
  const update = (patch: Partial<BatchRow>) => dispatch({ type: 'update', id: row.id, patch });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await row.file.arrayBuffer());
  } catch {
    update({ status: 'invalid', problem: UNREADABLE });
    return false;
  }
  // Read by its byte order mark or declared encoding, as the platform reads it (not always UTF-8).
  const decoded = decodeXmlBytes(bytes);
  const text = decoded.text;
  const result = decoded.ok
    ? checkDefinitionXml(text)
    : { ok: false as const, message: decoded.message, ...positionOf(text, decoded.index) };
  if (result.ok) {
    // A duplicate already marked by the reducer keeps its problem (status stays invalid).
    update({ summary: result.summary });
    dispatch({ type: 'markChecked', id: row.id });
    return true;
  }
  update({
    status: 'invalid',
    problem: `${result.message} (line ${result.line}, column ${result.column})`,
    position: { line: result.line, column: result.column },
    excerpt: lineExcerpt(text, result.line, result.column),
  });
  return false;
}
