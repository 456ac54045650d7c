import { Link } from 'react-router';
import { Banner } from '../../../ui/index.ts';
import { OpenFlowById } from '../components/OpenFlowById.tsx';
import { WholeWordsName } from '../components/WholeWordsName.tsx';
import type { RecentFlow } from '../logic/recentFlows.ts';
import styles from './FlowsListPage.module.css';

export interface FlowsNotListedProps {
  /** Flows opened recently in this browser, newest first. */
  recent: readonly RecentFlow[];
}

/**
 * The flows page on a server that has no list of flows (a SuperOffice tenant: contract §3, §12):
 * it says so and offers to open a flow by its id, and the flows opened recently in this browser.
 */
export function FlowsNotListed({ recent }: FlowsNotListedProps) {
  return (
    <>
      <Banner title="This server does not list flows">
        It offers no list of email flows, so Flowdesk cannot show them here. Open a flow by its id
        instead: the number SuperOffice shows for the flow.
      </Banner>
      <OpenFlowById />
      {recent.length > 0 && (
        <section aria-labelledby="recent-flows-heading" className={styles.recent}>
          <h2 id="recent-flows-heading" className={styles.recentHeading}>
            Opened recently in this browser
          </h2>
          <ul className={styles.recentList}>
            {recent.map((f) => (
              <li key={f.id}>
                <Link to={`/workflows/${f.id}`} className={styles.name}>
                  <WholeWordsName name={f.name || `Flow ${f.id}`} />
                </Link>{' '}
                <span className={styles.description}>(flow {f.id})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
