import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './cx.ts';
import styles from './PageHeader.module.css';

export interface Breadcrumb {
  label: ReactNode;
  /** Router path; the last crumb (the current page) usually has none. */
  to?: string;
}

export interface PageHeaderProps {
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Page-level buttons (right side). */
  actions?: ReactNode;
  breadcrumbs?: Breadcrumb[];
  className?: string;
}

export function PageHeader({
  title,
  description,
  actions,
  breadcrumbs,
  className,
}: PageHeaderProps) {
  return (
    <header className={cx(styles.header, className)}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav aria-label="Breadcrumb">
          <ol className={styles.crumbs}>
            {breadcrumbs.map((b, i) => {
              const last = i === breadcrumbs.length - 1;
              return (
                <li key={i} className={styles.crumb}>
                  {b.to && !last ? (
                    <Link to={b.to}>{b.label}</Link>
                  ) : (
                    <span aria-current={last ? 'page' : undefined}>{b.label}</span>
                  )}
                  {!last && <ChevronRight aria-hidden="true" className={styles.separator} />}
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      <div className={styles.row}>
        <div className={styles.headings}>
          <h1 className={styles.title}>{title}</h1>
          {description && <p className={styles.description}>{description}</p>}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
    </header>
  );
}
