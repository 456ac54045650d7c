import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';
import styles from './Table.module.css';

export interface TableProps extends ComponentProps<'table'> {
  /** Names the table; keep it for screen readers only with captionHidden. */
  caption?: ReactNode;
  captionHidden?: boolean;
  density?: 'comfortable' | 'compact';
  /**
   * Names the scroll area around the table and makes it focusable, so a table wider than its
   * space can be scrolled from the keyboard (leave out for tables that always fit).
   */
  scrollLabel?: string;
}

/**
 * A styled semantic <table>: write thead/tbody/tr/th/td as usual (th scope="col"/"row").
 * Add className="numeric" to cells holding numbers to right-align them.
 */
export function Table({
  caption,
  captionHidden,
  density = 'comfortable',
  scrollLabel,
  className,
  children,
  ...rest
}: TableProps) {
  return (
    <div
      className={cx(styles.wrap, scrollLabel && styles.scrollRegion)}
      {...(scrollLabel ? { role: 'region', 'aria-label': scrollLabel, tabIndex: 0 } : {})}
    >
      <table
        {...rest}
        className={cx(styles.table, density === 'compact' && styles.compact, className)}
      >
        {caption && (
          <caption className={captionHidden ? undefined : styles.caption}>
            {captionHidden ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}
          </caption>
        )}
        {children}
      </table>
    </div>
  );
}
