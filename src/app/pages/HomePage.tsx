import { Link } from 'react-router';
import { ArrowRight } from 'lucide-react';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useConnection } from '../auth/useConnection.ts';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { navItems } from '../layout/navItems.ts';
import styles from './HomePage.module.css';

/** Where signing in lands: a short way into each area. */
export function HomePage() {
  useDocumentTitle('Home');
  const connection = useConnection();
  const first = (connection?.displayName || connection?.userName || '').split(' ')[0];
  return (
    <>
      <PageHeader
        title={first ? `Welcome, ${first}` : 'Welcome'}
        description="Shape automated flows, plan sales targets and manage workflow definitions."
      />
      <ul className={styles.grid}>
        {navItems
          .filter((i) => i.to !== '/' && i.to !== '/settings')
          .map((item) => (
            <li key={item.to}>
              <Link to={item.to} className={styles.card}>
                <item.icon aria-hidden="true" className={styles.icon} />
                <span className={styles.title}>{item.label}</span>
                <span className={styles.description}>{item.description}</span>
                <ArrowRight aria-hidden="true" className={styles.arrow} />
              </Link>
            </li>
          ))}
      </ul>
    </>
  );
}
