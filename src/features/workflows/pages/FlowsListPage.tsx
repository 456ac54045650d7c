import { Link, useSearchParams } from 'react-router';
import { Workflow } from 'lucide-react';
import { useEmailFlows } from '../../../api/workflow/useFlows.ts';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { EmptyState, Field, PageHeader, Skeleton, Table, TextInput } from '../../../ui/index.ts';
import { FlowStatusBadge } from '../components/FlowStatusBadge.tsx';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';
import { WholeWordsName } from '../components/WholeWordsName.tsx';
import { changedText } from '../logic/changedText.ts';
import { countOf } from '../logic/countText.ts';
import { filterFlows } from '../logic/filterFlows.ts';
import { FlowsNotListed } from './FlowsNotListed.tsx';
import { useRecentFlows } from './useRecentFlows.ts';
import styles from './FlowsListPage.module.css';

/**
 * All email flows with status and counts; search by name, description or status (?q=). A server
 * without a list of flows gets a way to open one by its id instead.
 */
export function FlowsListPage() {
  useDocumentTitle('Workflows');
  const flows = useEmailFlows();
  const { recent } = useRecentFlows();
  const connection = useConnection();
  const locale = connection?.culture;
  const timeZone = connection?.timeZone;
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = filterFlows(flows.data ?? [], query);

  return (
    <>
      <PageHeader
        title="Workflows"
        description="Automated e-mail flows: their steps, the paths of each split, and the goals that end them."
      />
      {flows.data === null && <FlowsNotListed recent={recent} />}
      {flows.data !== null && (
        <div className={styles.toolbar}>
          <Field label="Search flows" className={styles.search}>
            <TextInput
              type="search"
              value={query}
              placeholder="Name, description or status"
              onChange={(e) =>
                setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })
              }
            />
          </Field>
          {flows.data && (
            <p className={styles.count} role="status">
              {shown.length} of {countOf(flows.data.length, 'flow')}
            </p>
          )}
        </div>
      )}
      {flows.isPending && <Skeleton lines={5} label="Loading flows…" />}
      {flows.isError && <QueryErrorBanner error={flows.error} onRetry={() => flows.refetch()} />}
      {flows.data && shown.length === 0 && (
        <EmptyState
          icon={<Workflow />}
          title={query ? 'No flow matches your search' : 'No flows yet'}
          text={query ? 'Try fewer or other words.' : 'Flows created in SuperOffice appear here.'}
        />
      )}
      {shown.length > 0 && (
        // Narrower than its columns (a phone), the table scrolls sideways: a named, focusable
        // area with a shadow on the edge that has more table beyond it.
        <div className={styles.list}>
          <Table caption="Email flows" captionHidden scrollLabel="Email flows table">
            <thead>
              <tr>
                <th scope="col">Flow</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Steps
                </th>
                <th scope="col" className="numeric">
                  Goals
                </th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((f) => (
                <tr key={f.EmailFlowId}>
                  <td>
                    <Link to={`/workflows/${f.EmailFlowId}`} className={styles.name}>
                      <WholeWordsName name={f.Name || `Flow ${f.EmailFlowId}`} />
                    </Link>
                    {f.Description && (
                      <p className={styles.description}>
                        <WholeWordsName name={f.Description} />
                      </p>
                    )}
                  </td>
                  <td>
                    <FlowStatusBadge status={f.Status} />
                  </td>
                  <td className="numeric">{f.StepCount ?? '–'}</td>
                  <td className="numeric">{f.GoalCount ?? '–'}</td>
                  <td className={styles.dateTime}>
                    {changedText(f.UpdatedDate, { locale, timeZone })}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
