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

const fieldsText = (fields: readonly SharedField[]) =>
  fields.map((f) => FIELD_LABEL[f]).join(' and ');

/**
 * Why Apply to all changed nothing, as a sentence the page shows (nothing on the page changes, so
 * the user is told on the screen too); null when it filled something in.
 */
export function nothingAppliedReason(
  { fields, patches }: ApplyToAll,
  sourceName: string,
): string | null {
  if (fields.length === 0)
    return `Fill in the Description or Resource type of “${sourceName}” first.`;
  if (patches.length === 0) return `Every file already has its own ${fieldsText(fields)}.`;
  return null;
}

/** What is said once applied (or why nothing was). */
export function applyToAllText(apply: ApplyToAll, sourceName: string): string {
  const reason = nothingAppliedReason(apply, sourceName);
  if (reason) return `Nothing was applied: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  const n = apply.patches.length;
  return `${fieldsText(apply.fields)} of “${sourceName}” applied to ${n} ${n === 1 ? 'file' : 'files'} where empty.`;
}
