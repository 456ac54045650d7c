import { cx } from './cx.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';
import styles from './Spinner.module.css';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** When given, the spinner is a status announcing this text; otherwise it is decorative. */
  label?: string;
  className?: string;
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const ring = <span aria-hidden="true" className={cx(styles.root, styles[size], className)} />;
  if (!label) return ring;
  return (
    <span role="status" className={styles.wrap}>
      {ring}
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}
