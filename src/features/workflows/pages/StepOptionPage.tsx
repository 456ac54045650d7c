import { useLocation, useParams, useSearchParams } from 'react-router';
import {
  useDefaultWorkflowStepOption,
  useWorkflowStepOption,
} from '../../../api/workflow/useStepOptions.ts';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { PageHeader, Skeleton } from '../../../ui/index.ts';
import { BadLinkBanner } from '../components/BadLinkBanner.tsx';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';
import { StepOptionForm } from '../option/StepOptionForm.tsx';

/**
 * /workflows/:flowId/options/:optionId — an option of a split step and the steps on its path.
 * `new?step=<split step id>&type=<OptionType>` starts from CreateDefault…FromType.
 */
export function StepOptionPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const flowId = Number(params.flowId);
  const isNew = params.optionId === 'new';
  const optionId = isNew ? 0 : Number(params.optionId);
  const existing = useWorkflowStepOption(optionId);
  const fresh = useDefaultWorkflowStepOption(
    Number(search.get('step') ?? 0),
    search.get('type') ?? 'None',
    isNew,
  );
  const query = isNew ? fresh : existing;
  const flow = useEmailFlow(flowId);
  const title = isNew ? 'New option' : query.data?.Name || `Option ${optionId}`;
  useDocumentTitle(`${title} · Workflows`);
  const badLink = !(flowId > 0)
    ? 'The address does not contain a valid flow id.'
    : isNew && !(Number(search.get('step')) > 0)
      ? 'A new option needs its split step: use “Add option” under a split on the flow page.'
      : !isNew && !(optionId > 0)
        ? 'The address does not contain a valid option id.'
        : null;
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
        description="A path of a split step: who takes it, and the steps they run."
      />
      {badLink && <BadLinkBanner message={badLink} />}
      {!badLink && query.isPending && <Skeleton lines={6} label="Loading option…" />}
      {query.isError && (
        <QueryErrorBanner
          error={query.error}
          onRetry={() => query.refetch()}
          back={{ to: `/workflows/${flowId}`, label: 'Back to the flow' }}
        />
      )}
      {query.data && (
        <StepOptionForm
          key={isNew ? 'new' : optionId}
          loaded={query.data}
          isNew={isNew}
          flowId={flowId}
          initialMessage={savedMessage}
        />
      )}
    </>
  );
}
