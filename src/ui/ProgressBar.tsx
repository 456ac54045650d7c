import { cx } from './cx.ts';
import styles from './ProgressBar.module.css';

export interface ProgressBarProps {
  /** 0–1. */
  value: number;
  label: string;
  tone?: 'accent' | 'success' | 'danger' | 'muted';
  className?: string;
}

/** A determinate progress bar (role=progressbar with its value in percent). */
export function ProgressBar({ value, label, tone = 'accent', className }: ProgressBarProps) {
  const percent = Math.round(Math.min(Math.max(value, 0), 1) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent} %`}
      className={cx(styles.track, className)}
    >
      <span className={cx(styles.bar, styles[tone])} style={{ width: `${percent}%` }} />
    </div>
  );
}
