import { memo } from 'react';
import type { GridRowMeta } from './types.ts';
import styles from './Grid.module.css';

export interface RowHeaderCellProps {
  row: number;
  label: string;
  meta: GridRowMeta;
  active: boolean;
  selected: boolean;
  /** Accessible name prefix of the row's menu button ("Actions for"). */
  menuLabel: string;
  /** Id of the hidden "lock changed, not saved" description. */
  lockChangedDescId: string;
}

/** The sticky first cell of a row: name, currency, lock state and the row-actions button. */
export const RowHeaderCell = memo(function RowHeaderCell({
  row,
  label,
  meta,
  active,
  selected,
  menuLabel,
  lockChangedDescId,
}: RowHeaderCellProps) {
  let cls = styles.rowHeader;
  if (meta.level === 1) cls += ` ${styles.level1}`;
  if (active) cls += ` ${styles.active}`;
  if (selected) cls += ` ${styles.selected}`;
  if (meta.lockChanged) cls += ` ${styles.lockChanged}`;
  // Named explicitly, so the menu button inside does not become part of the row's name.
  let name = label;
  if (meta.currency) name += `, ${meta.currency}`;
  else if (meta.currencyHidden) name += ', currency not shown';
  const note = meta.note;
  if (note) name += `, ${note}`;
  // Its figures are not shown: said first, with the server's reason (the lock, when locked).
  if (meta.valuesHidden)
    name +=
      meta.readOnlyReason && !meta.locked
        ? `, targets not shown: ${meta.readOnlyReason}`
        : `, targets not shown${meta.locked ? ', locked' : ''}`;
  else if (meta.locked) name += ', locked';
  // A sum row's reason is ours ("calculated: …"); any other is the server's, kept as written
  // (lower-cased, "Nora reports to finance" read as "nora reports to finance").
  else if (meta.kind === 'sum' && meta.readOnlyReason)
    name += `, ${meta.readOnlyReason.toLowerCase()}`;
  else if (meta.readOnlyReason) name += `, read-only: ${meta.readOnlyReason}`;
  return (
    <div
      role="rowheader"
      aria-label={name}
      className={cls}
      aria-colindex={1}
      aria-describedby={meta.lockChanged ? lockChangedDescId : undefined}
      tabIndex={active ? 0 : -1}
      data-r={row}
      data-c={-1}
    >
      {/* The title shows a name cut short (a narrow window) in full; the row's label has it. */}
      <span className={styles.name} title={label}>
        {label}
      </span>
      {/* Beside the name; in a narrow grid one above the other, so the name keeps the width. */}
      {(meta.currency || note || meta.locked || meta.lockChanged) && (
        <span className={styles.marks}>
          {meta.currency && <span className={styles.currency}>{meta.currency}</span>}
          {note && <span className={styles.note}>{note}</span>}
          {meta.locked ? (
            <span
              className={styles.lock}
              title={meta.lockChanged ? 'Locked, not saved' : 'Locked'}
            />
          ) : (
            meta.lockChanged && <span className={styles.unlock} title="Unlocked, not saved" />
          )}
        </span>
      )}
      {meta.kind !== 'sum' && (
        <button
          type="button"
          className={styles.menuButton}
          tabIndex={-1}
          aria-haspopup="menu"
          aria-label={`${menuLabel} ${label}`}
          data-row-menu={row}
        >
          ⋯
        </button>
      )}
    </div>
  );
});
