import { AlertTriangle, CheckCircle2, Info, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import { cx } from './cx.ts';
import styles from './Banner.module.css';

export type BannerTone = 'info' | 'warning' | 'danger' | 'success';

export interface BannerProps {
  tone?: BannerTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links under the text (e.g. Retry). */
  actions?: ReactNode;
  className?: string;
  /**
   * As short as its text allows: title and text run on in one paragraph and the buttons sit
   * beside them (under them only in a narrow window). For notices above a grid, where stacked
   * banners left too few rows in view.
   */
  compact?: boolean;
}

const icons = { info: Info, warning: AlertTriangle, danger: XCircle, success: CheckCircle2 };

/** An inline message. Danger is an alert (announced at once); the others are polite status. */
export function Banner({
  tone = 'info',
  title,
  children,
  actions,
  className,
  compact = false,
}: BannerProps) {
  const Icon = icons[tone];
  return (
    <div
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cx(styles.banner, styles[tone], compact && styles.compact, className)}
    >
      <span className={styles.icon} aria-hidden="true">
        <Icon />
      </span>
      {compact ? (
        <>
          <p className={styles.text}>
            {/* The title runs on into the text, so it ends its sentence. */}
            <strong className={styles.title}>
              {children && typeof title === 'string' && !/[.!?:]$/.test(title)
                ? `${title}.`
                : title}
            </strong>
            {children && <> {children}</>}
          </p>
          {actions && <div className={styles.actions}>{actions}</div>}
        </>
      ) : (
        <div className={styles.body}>
          {title && <p className={styles.title}>{title}</p>}
          {children && <div>{children}</div>}
          {actions && <div className={styles.actions}>{actions}</div>}
        </div>
      )}
    </div>
  );
}
