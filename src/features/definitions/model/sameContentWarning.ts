import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import type { BatchRow } from './batchRow.ts';
import { shownFileName } from './shownFileName.ts';

/** A definition uploaded from this page: its text's key, and what the platform stored it as. */
export interface UploadedContent {
  contentKey: string;
  definition: Pick<WorkflowDefinition, 'Key' | 'Name'>;
}

/**
 * A warning (not a blocker: the same workflow may be wanted for two resource types) when the row's
 * text is that of another file of the batch (one it uploaded only while still on the platform), or
 * of a definition uploaded earlier from this page that is still on the platform (`existingKeys`; null while the list is not known). The platform
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
  // A file of the batch uploaded and since deleted from the platform is no copy any more.
  const onPlatform = (r: (typeof rows)[number]) =>
    r.status !== 'done' || !r.result || (existingKeys?.has(r.result.Key) ?? true);
  const copies = rows.filter(
    (r) => r.id !== row.id && !r.problem && r.contentKey === key && onPlatform(r),
  );
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
