import type { HTMLAttributes } from 'react';
import { cx } from './cx.ts';
import styles from './VisuallyHidden.module.css';

/** Text for screen readers only. */
export function VisuallyHidden({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...rest} className={cx(styles.root, className)} />;
}
