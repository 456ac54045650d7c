import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { IconButton } from '../../../ui/IconButton.tsx';
import type { TargetRow } from '../model/types.ts';
import { moneyFormat } from '../grid/numberFormat.ts';
import { HistoryView } from './HistoryView.tsx';
import { useRowHistory } from '../hooks/useRowHistory.ts';
import styles from './HistoryPanel.module.css';

export interface HistoryPanelProps {
  row: TargetRow;
  periodNames: readonly string[];
  /** The user's culture; values are written with the row's currency's decimals, as in the grid. */
  locale: string;
  /** Whether the group's field ("PeriodType") is hidden from the user (see HistoryView). */
  isFieldHidden?: (field: string) => boolean;
  onClose(): void;
}

/** Side panel: saved value and lock changes of one row, who and when. Escape closes it. */
export function HistoryPanel({
  row,
  periodNames,
  locale,
  isFieldHidden,
  onClose,
}: HistoryPanelProps) {
  const format = moneyFormat(locale, row.decimals);
  const history = useRowHistory(row.assignmentId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A frame later: the row menu that opens the panel hands focus back to the grid when it
    // closes (in an animation frame); the heading must come after that, or focus stays behind.
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [row.key]);
  return (
    <aside
      className={styles.panel}
      aria-labelledby="tg-history-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={styles.header}>
        <div className={styles.titles}>
          <h2 id="tg-history-title" ref={heading} tabIndex={-1}>
            Revision history
          </h2>
          {/* A word too wide for the panel is cut with "…": the title shows it whole. */}
          <p className={styles.sub} title={row.label}>
            {row.label}
          </p>
        </div>
        <IconButton label="Close history" icon={<X />} size="sm" onClick={onClose} />
      </div>
      {/* Focusable, so a long history scrolls with the keyboard too. */}
      <div
        className={styles.content}
        role="region"
        aria-label={`Changes to ${row.label}`}
        tabIndex={0}
      >
        <HistoryView
          {...history}
          periodNames={periodNames}
          format={format}
          locale={locale}
          isFieldHidden={isFieldHidden}
          rowHidden={row.hidden}
        />
      </div>
    </aside>
  );
}
