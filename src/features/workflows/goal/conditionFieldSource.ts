import type { RestrictableField } from '../../../api/workflow/schemas.ts';

/** What is known of the server's list of restrictable fields (a read of GetRestrictableFields). */
export interface FieldListRead {
  /** The list; null when the server does not offer one (a 404); undefined until read. */
  data: readonly RestrictableField[] | null | undefined;
  /** The last read failed (500, dropped connection, an answer Flowdesk cannot read). */
  isError: boolean;
}

/**
 * Where the goal editor takes its condition fields from: the server's list when it has one (even
 * one kept from before a failed refresh); otherwise, whether the server offers none or the list
 * could not be read, the stand-ins made from what the conditions store, so each condition can
 * still be seen and edited as its field's type; nothing only while the list is being read.
 */
export function conditionFieldSource(read: FieldListRead): 'list' | 'standIns' | 'none' {
  if (read.data) return 'list';
  if (read.data === null || read.isError) return 'standIns';
  return 'none';
}
