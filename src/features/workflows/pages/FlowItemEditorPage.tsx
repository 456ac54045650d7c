import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { isApiError } from '../../../api/http/ApiError.ts';
import { WhenTabKnown } from '../../../app/drafts/WhenTabKnown.tsx';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { PageHeader, Skeleton } from '../../../ui/index.ts';
import { BadLinkBanner } from '../components/BadLinkBanner.tsx';
import { shownFlow } from '../logic/shownFlow.ts';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';
import { isRetryable } from './flowItemAddress.ts';
import { ItemNotFound } from './ItemNotFound.tsx';

export interface FlowItemEditorPageProps<T> {
  /** The flow the address names, or null when its flow id is not valid. */
  flowId: number | null;
  title: string;
  /** The title when the page says "Not found" (e.g. "Goal not found"), so the tab says so too. */
  notFoundTitle: string;
  description: string;
  /** Where the thing really lives (it belongs to another flow): the page goes there, replacing. */
  redirectTo?: string | null;
  /** Why the address cannot work at all, or null when it can. */
  badLink?: string | null;
  /** What the address names does not exist or cannot be used (no retry can help), or null. */
  notFound?: { title?: string; message: string } | null;
  /** A load that must succeed before `query` can start (its loading and failure are shown). */
  prerequisite?: UseQueryResult<unknown>;
  query: UseQueryResult<T>;
  loadingLabel: string;
  /**
   * The editor, given the loaded carrier, the message a previous page left ("Saved …") and the
   * flow id (only called once the address names a valid flow).
   */
  children: (data: T, savedMessage: string | null, flowId: number) => ReactNode;
}

/**
 * The frame of an editor for something inside a flow (a goal, a split option): breadcrumbs
 * back to the flow, the redirect / bad-link / not-found / loading / error states, then the editor
 * once this tab is known.
 */
export function FlowItemEditorPage<T>({
  flowId,
  title: foundTitle,
  notFoundTitle,
  description,
  redirectTo = null,
  badLink = null,
  notFound = null,
  prerequisite,
  query,
  loadingLabel,
  children,
}: FlowItemEditorPageProps<T>) {
  const location = useLocation();
  const flow = useEmailFlow(flowId ?? 0);
  const failed = prerequisite?.isError ? prerequisite : query.isError ? query : null;
  const loading = prerequisite?.isPending || query.isPending;
  // The page says "Not found" (a banner without a title of its own, or a 404): so do the
  // heading and the tab, not "Goal 99999".
  const missing =
    !badLink && (notFound ? !notFound.title : isApiError(failed?.error) && failed.error.isNotFound);
  const title = missing ? notFoundTitle : foundTitle;
  useDocumentTitle(`${title} · Workflows`);
  const savedMessage = (location.state as { saved?: string } | null)?.saved ?? null;
  // A flow the server hides, or whose name it hides, is named by its id, as its own page names it.
  const flowName = flow.data ? shownFlow(flow.data, flowId ?? 0).title : `Flow ${flowId}`;
  if (redirectTo) return <Navigate to={redirectTo} replace />;

  const back =
    flowId === null
      ? { to: '/workflows', label: 'All flows' }
      : { to: `/workflows/${flowId}`, label: 'Back to the flow' };
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Workflows', to: '/workflows' },
          ...(flowId === null ? [] : [{ label: flowName, to: `/workflows/${flowId}` }]),
          { label: title },
        ]}
        title={title}
        description={description}
      />
      {badLink ? (
        <BadLinkBanner message={badLink} />
      ) : notFound ? (
        <ItemNotFound title={notFound.title} message={notFound.message} back={back} />
      ) : (
        <>
          {failed && (
            <QueryErrorBanner
              error={failed.error}
              onRetry={isRetryable(failed.error) ? () => failed.refetch() : undefined}
              back={back}
            />
          )}
          {!failed && loading && <Skeleton lines={6} label={loadingLabel} />}
          {/* A failed refetch keeps the editor (and its unsaved edits) under the banner. */}
          {query.data !== undefined && flowId !== null && (
            // The editors keep their drafts per tab: they open once the tab is known, so their
            // first render reads this tab's draft and what was under way from it (useEditorDraft).
            <WhenTabKnown fallback={<Skeleton lines={6} label={loadingLabel} />}>
              {children(query.data, savedMessage, flowId)}
            </WhenTabKnown>
          )}
        </>
      )}
    </>
  );
}
