import { nameRows } from './applyPaste.ts';
import type { CsvImportPreview } from './csv.ts';

/**
 * The rows an import leaves out, by reason ("locked: Henry Shaw; not in this group: Max
 * Mustermann"), or null when it leaves none out. Shown in the import's preview and said again
 * when it is applied: a screen-reader user who applied heard only the cells changed.
 */
export function csvLeftOutText(
  preview: Pick<
    CsvImportPreview,
    'refusedLocked' | 'refusedRestricted' | 'refusedDerived' | 'unknownRows' | 'duplicateRows'
  >,
): string | null {
  const parts = [
    preview.refusedLocked.length > 0 && `locked: ${nameRows(preview.refusedLocked)}`,
    preview.refusedRestricted.length > 0 &&
      `you may not change: ${nameRows(preview.refusedRestricted)}`,
    preview.refusedDerived.length > 0 && `calculated: ${nameRows(preview.refusedDerived)}`,
    preview.unknownRows.length > 0 && `not in this group: ${nameRows(preview.unknownRows)}`,
    // Each its own sentence: a name twice in the file is in the group.
    ...preview.duplicateRows,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join('; ') : null;
}
