import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import styles from './NotFoundPage.module.css';

/** The address as it was typed or linked (/mål, not /m%C3%A5l); as it is when not decodable. */
function readablePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const pathname = readablePath(useLocation().pathname);
  return (
    <section className={styles.wrap}>
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1>Page not found</h1>
      <p className={styles.text}>
        There is nothing at <code>{pathname}</code>. It may have moved, or the link is mistyped.
      </p>
      <Link to="/">Go to Home</Link>
    </section>
  );
}
