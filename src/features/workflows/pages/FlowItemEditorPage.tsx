import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { PageHeader, Skeleton } from '../../../ui/index.ts';
import { BadLinkBanner } from '../components/BadLinkBanner.tsx';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';

export interface FlowItemEditorPageProps<T> {
  flowId: number;
  title: string;
  description: string;
  /** Why the address cannot work, or null when it can. */
  badLink: string | null;
  query: UseQueryResult<T>;
  loadingLabel: string;
  /** The editor, given the loaded carrier and the message a previous page left ("Saved …"). */
  children: (data: T, savedMessage: string | null) => ReactNode;
}

/**
 * The frame of an editor for something inside a flow (a goal, a split option): breadcrumbs
 * back to the flow, the bad-link / loading / error states, then the editor itself.
 */
export function FlowItemEditorPage<T>({
  flowId,
  title,
  description,
  badLink,
  query,
  loadingLabel,
  children,
}: FlowItemEditorPageProps<T>) {
  const location = useLocation();
  const flow = useEmailFlow(flowId);
  useDocumentTitle(`${title} · Workflows`);
  const savedMessage = (location.state as { saved?: string } | null)?.saved ?? null;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Workflows', to: '/workflows' },
          { label: flow.data?.Name ?? `Flow ${flowId}`, to: `/workflows/${flowId}` },
          { label: title },
        ]}
        title={title}
        description={description}
      />
      {badLink && <BadLinkBanner message={badLink} />}
      {!badLink && query.isPending && <Skeleton lines={6} label={loadingLabel} />}
      {query.isError && (
        <QueryErrorBanner
          error={query.error}
          onRetry={() => query.refetch()}
          back={{ to: `/workflows/${flowId}`, label: 'Back to the flow' }}
        />
      )}
      {query.data !== undefined && children(query.data, savedMessage)}
    </>
  );
}
