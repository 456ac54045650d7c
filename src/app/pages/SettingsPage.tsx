import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Card } from '../../ui/Card.tsx';
import { schemeOptions } from './signInForm.ts';
import { useConnection } from '../auth/useConnection.ts';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { WhenTabKnown } from '../drafts/WhenTabKnown.tsx';
import { LocaleForm } from './LocaleForm.tsx';
import styles from './SettingsPage.module.css';

/** Connection details, and language / culture / time zone sent on every request. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const connection = useConnection();
  const scheme = schemeOptions.find((o) => o.value === connection?.scheme)?.label ?? '';

  return (
    <>
      <PageHeader title="Settings" description="How Flowdesk talks to your tenant." />
      <div className={styles.grid}>
        <Card
          title="Connection"
          description="To change the server or the way you sign in, sign in again."
        >
          <dl className={styles.facts}>
            <dt>Server</dt>
            <dd>
              {connection?.baseUrl || (
                <>
                  This server (sandbox or <code className={styles.option}>--upstream</code> proxy)
                </>
              )}
            </dd>
            <dt>Signed in as</dt>
            <dd>
              {connection?.displayName} {connection?.userName ? `(${connection.userName})` : ''}
            </dd>
            <dt>Authentication</dt>
            <dd>{scheme}</dd>
            <dt>Credentials kept</dt>
            <dd>
              {connection?.rememberInTab
                ? 'In this tab until it closes (sessionStorage)'
                : 'In memory only'}
            </dd>
            <dt>Display settings kept</dt>
            <dd>
              Language, culture and time zone: in this browser for this server (localStorage), after
              signing out too. The sign-in form starts from them.
            </dd>
          </dl>
          <Link to="/sign-in?show=connection">Sign in with other settings</Link>
        </Card>
        <Card
          title="Language and region"
          description={
            <>
              Language and culture are sent as{' '}
              <span className={styles.header}>Accept-Language</span>,{' '}
              <span className={styles.header}>SO-Language</span> and{' '}
              <span className={styles.header}>SO-Culture</span>.
            </>
          }
        >
          {/* The form keeps its draft per tab: it opens once the tab is known. */}
          <WhenTabKnown fallback={<Skeleton lines={3} label="Loading settings…" />}>
            <LocaleForm />
          </WhenTabKnown>
        </Card>
      </div>
    </>
  );
}
