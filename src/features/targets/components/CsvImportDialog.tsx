import { useRef, useState } from 'react';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import type { CsvImportPreview } from '../model/csv.ts';
import { csvLeftOutText } from '../model/csvLeftOut.ts';
import type { TargetRow } from '../model/types.ts';
import { moneyFormat } from '../grid/numberFormat.ts';
import styles from './TargetsWorkspace.module.css';
import own from './CsvImportDialog.module.css';

export interface CsvImportDialogProps {
  fileName: string;
  preview: CsvImportPreview;
  rows: readonly TargetRow[];
  periodNames: readonly string[];
  /** The user's culture: values are written as the grid writes them. */
  locale: string;
  onApply(): void;
  onClose(): void;
}

/** Rows of the preview rendered at first, and added by each "Show more" (it can be 120,000). */
const PAGE = 50;
const MORE = 500;

/** What an imported CSV would change, before anything changes. */
export function CsvImportDialog(p: CsvImportDialogProps) {
  const { preview } = p;
  const labelOf = new Map<number, string>();
  const decimalsOf = new Map<number, number>();
  for (const r of p.rows)
    if (r.assignmentId !== null) {
      labelOf.set(r.assignmentId, r.label);
      decimalsOf.set(r.assignmentId, r.decimals);
    }
  const count = moneyFormat(p.locale);
  // Each row's values with its currency's decimals (KWD 1.200, NOK 1.20), as in the grid.
  const amount = (id: number, v: number) => moneyFormat(p.locale, decimalsOf.get(id))(v);
  const leftOut = csvLeftOutText(preview);
  const n = preview.changes.length;
  const [shown, setShown] = useState(PAGE);
  const listRef = useRef<HTMLDivElement>(null);
  const rowsChanged = new Set(preview.changes.map((c) => c.assignmentId)).size;
  const left = n - shown;
  const showMore = () => {
    const next = Math.min(n, shown + MORE);
    setShown(next);
    // The button goes away with the last rows: keep focus in the list, not on <body>.
    if (next >= n) listRef.current?.focus();
  };
  return (
    <Dialog
      open
      size="wide"
      onOpenChange={(o) => !o && p.onClose()}
      title="Import CSV"
      description={p.fileName}
      footer={
        <>
          <Button onClick={p.onClose}>Cancel</Button>
          <Button variant="primary" disabled={!!preview.error || n === 0} onClick={p.onApply}>
            {n === 0 ? 'Nothing to import' : `Apply ${n} ${n === 1 ? 'change' : 'changes'}`}
          </Button>
        </>
      }
    >
      {preview.error ? (
        <Banner tone="danger" title="This file cannot be imported">
          {preview.error}
        </Banner>
      ) : (
        <div className={styles.importBody}>
          {leftOut && (
            <Banner tone="warning" title="Rows left out">
              {leftOut}.
            </Banner>
          )}
          {preview.rounded && <Banner title="Values rounded">{preview.rounded}</Banner>}
          <p>
            {n === 0
              ? leftOut
                ? // Not "the file holds the values…": the rows left out above hold other ones.
                  'Nothing else in the file changes the grid.'
                : 'The file holds the values the grid already has.'
              : `${count(n)} ${n === 1 ? 'cell changes' : 'cells change'} in ${count(rowsChanged)} ${rowsChanged === 1 ? 'row' : 'rows'}${left > 0 ? ` (first ${count(shown)} shown)` : ''}:`}
          </p>
          {n > 0 && (
            // Its own scroll area, focusable so a long list scrolls with the keyboard too.
            <div
              ref={listRef}
              className={own.previewScroll}
              role="region"
              aria-label="Changes"
              tabIndex={0}
            >
              <table className={styles.previewTable}>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Period</th>
                    <th scope="col" className={styles.num}>
                      Now
                    </th>
                    <th scope="col" className={styles.num}>
                      After import
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.changes.slice(0, shown).map((c) => (
                    <tr key={`${c.assignmentId}-${c.period}`}>
                      <td>{labelOf.get(c.assignmentId)}</td>
                      <td>{p.periodNames[c.period]}</td>
                      <td className={styles.num}>{amount(c.assignmentId, c.before)}</td>
                      <td className={styles.num}>{amount(c.assignmentId, c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {left > 0 && (
                <div className={own.more}>
                  <Button size="sm" onClick={showMore}>
                    Show {count(Math.min(left, MORE))} more ({count(left)} not shown)
                  </Button>
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
