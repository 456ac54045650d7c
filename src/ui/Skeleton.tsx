import { cx } from './cx.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';
import styles from './Skeleton.module.css';

export interface SkeletonProps {
  /** Text lines (default 3). Ignored when `blocks` is given. */
  lines?: number;
  /** Block heights in px (e.g. [120, 48]) for cards/panels. */
  blocks?: number[];
  /** Announced to screen readers. */
  label?: string;
  className?: string;
}

// Varied widths look like text rather than a barcode.
const widths = ['100%', '92%', '78%', '86%', '64%'];

/** A placeholder while loading: the shapes are hidden; one polite status says "Loading…". */
export function Skeleton({ lines = 3, blocks, label = 'Loading…', className }: SkeletonProps) {
  return (
    <div role="status" className={cx(styles.container, className)}>
      <VisuallyHidden>{label}</VisuallyHidden>
      {blocks
        ? blocks.map((h, i) => (
            <span
              key={i}
              aria-hidden="true"
              className={cx(styles.bar, styles.block)}
              style={{ height: h }}
            />
          ))
        : Array.from({ length: lines }, (_, i) => (
            <span
              key={i}
              aria-hidden="true"
              className={styles.bar}
              style={{ width: widths[i % widths.length] }}
            />
          ))}
    </div>
  );
}
