import type { BatchRow, FieldName } from './batchRow.ts';

/** The fields a batch usually shares (a name is each file's own). */
export const SHARED_FIELDS = ['description', 'objectType'] as const satisfies readonly FieldName[];
export type SharedField = (typeof SHARED_FIELDS)[number];

/** A row whose fields can still be typed in: checked, not refused, not sent or being sent. */
export const isEditable = (r: BatchRow) =>
  !r.problem && (r.status === 'ready' || r.status === 'failed' || r.status === 'cancelled');

export interface ApplyToAll {
  /** The first editable file, whose values are copied. */
  source: BatchRow;
  /** The shared fields the source has filled in. */
  fields: SharedField[];
  /** For each other editable file with one of those fields empty, what it gets. */
  patches: { id: string; patch: Partial<Pick<BatchRow, SharedField>> }[];
}

/**
 * "Apply to all files": the first editable file's Description and Resource type go into every
 * other editable file where they are still empty (nothing typed in is overwritten). Null when
 * there is no other editable file to apply to.
 */
export function applyToAll(rows: readonly BatchRow[]): ApplyToAll | null {
  const editable = rows.filter(isEditable);
  const [source, ...others] = editable;
  if (!source || others.length === 0) return null;
  const fields = SHARED_FIELDS.filter((f) => source[f].trim() !== '');
  const patches = others.flatMap((r) => {
    const patch: Partial<Pick<BatchRow, SharedField>> = {};
    for (const f of fields) if (!r[f].trim()) patch[f] = source[f];
    return Object.keys(patch).length ? [{ id: r.id, patch }] : [];
  });
  return { source, fields, patches };
}

const FIELD_LABEL: Record<SharedField, string> = {
  description: 'Description',
  objectType: 'Resource type',
};

/** What is said once applied (or why nothing was). */
export function applyToAllText({ fields, patches }: ApplyToAll, sourceName: string): string {
  if (fields.length === 0)
    return `Nothing was applied: fill in the Description or Resource type of “${sourceName}” first.`;
  const what = fields.map((f) => FIELD_LABEL[f]).join(' and ');
  const n = patches.length;
  if (n === 0) return `Nothing was applied: every file already has its own ${what}.`;
  return `${what} of “${sourceName}” applied to ${n} ${n === 1 ? 'file' : 'files'} where empty.`;
}
