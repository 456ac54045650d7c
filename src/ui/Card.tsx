import { useId, type ReactNode } from 'react';
import { cx } from './cx.ts';
import styles from './Card.module.css';

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons in the header, right side. */
  actions?: ReactNode;
  children?: ReactNode;
  /** Heading level of the title (default h2). */
  headingLevel?: 2 | 3 | 4;
  /** No body padding (for tables and lists that run edge to edge). */
  flush?: boolean;
  className?: string;
}

/** A white surface; with a title it becomes a labelled section. */
export function Card({
  title,
  description,
  actions,
  children,
  headingLevel = 2,
  flush,
  className,
}: CardProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const hasHeader = Boolean(title || actions);
  return (
    <section className={cx(styles.card, className)} aria-labelledby={title ? titleId : undefined}>
      {hasHeader && (
        <div className={styles.header}>
          <div className={styles.headings}>
            {title && (
              <Heading id={titleId} className={styles.title}>
                {title}
              </Heading>
            )}
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions && <div className={styles.actions}>{actions}</div>}
        </div>
      )}
      <div className={cx(styles.body, flush && styles.flush)}>{children}</div>
    </section>
  );
}

/** Same surface as Card; the name reads better for side panels. */
export const Panel = Card;
