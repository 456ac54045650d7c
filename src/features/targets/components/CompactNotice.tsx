import { AlertTriangle, Info, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './CompactNotice.module.css';

export type CompactNoticeTone = 'info' | 'warning' | 'danger';

const icons = { info: Info, warning: AlertTriangle, danger: XCircle };

/**
 * A notice above the grid, as short as its text allows: title and text run on in one paragraph
 * and the buttons sit beside them (below them only in a narrow window). A Banner stacks title,
 * text and buttons, so two of them (a restored draft and a failed save) left the grid about
 * five rows at 1280×800. Danger is an alert (announced at once); the others are polite status.
 */
export function CompactNotice({
  tone,
  title,
  children,
  actions,
}: {
  tone: CompactNoticeTone;
  /** Ends a sentence: a full stop is added when it has none and text follows. */
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const Icon = icons[tone];
  return (
    <div
      role={tone === 'danger' ? 'alert' : 'status'}
      className={`${styles.notice} ${styles[tone]}`}
    >
      <span className={styles.icon} aria-hidden="true">
        <Icon />
      </span>
      <p className={styles.text}>
        <strong className={styles.title}>
          {children && !/[.!?:]$/.test(title) ? `${title}.` : title}
        </strong>
        {children && <> {children}</>}
      </p>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
