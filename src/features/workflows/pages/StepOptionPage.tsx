import { useLocation, useParams, useSearchParams } from 'react-router';
import {
  useDefaultWorkflowStepOption,
  useWorkflowStepOption,
} from '../../../api/workflow/useStepOptions.ts';
import { useWorkflowStep } from '../../../api/workflow/useSteps.ts';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { isApiError } from '../../../api/http/ApiError.ts';
import { FlowItemEditorPage } from './FlowItemEditorPage.tsx';
import { addressInItsFlow, cannotAdd, notASplitStep, parseId } from './flowItemAddress.ts';
import { StepOptionEditor } from '../option/StepOptionEditor.tsx';
import { optionRights } from '../option/optionRights.ts';
import { existingOptionTitle } from '../option/optionTitle.ts';

/**
 * /workflows/:flowId/options/:optionId — an option of a split step and the steps on its path.
 * `new?step=<split step id>&type=<OptionType>` starts from CreateDefault…FromType once the step
 * is known to be a split. An option (or split) of another flow is opened under that flow.
 */
export function StepOptionPage() {
  const params = useParams();
  const { search: queryString } = useLocation();
  const [search] = useSearchParams();
  const flowId = parseId(params.flowId);
  const isNew = params.optionId === 'new';
  const optionId = isNew ? null : parseId(params.optionId);
  const stepParam = search.get('step');
  const stepId = isNew ? parseId(stepParam) : null;

  const existing = useWorkflowStepOption(optionId ?? 0);
  const split = useWorkflowStep(stepId ?? 0);
  const stepMissing = isApiError(split.error) && split.error.isNotFound;
  const notSplit = split.data ? notASplitStep(split.data) : null;
  const splitElsewhere = split.data
    ? addressInItsFlow(flowId, split.data.WorkflowId, `options/new${queryString}`)
    : null;
  const fresh = useDefaultWorkflowStepOption(
    split.data,
    flowId ?? 0,
    search.get('type') ?? 'None',
    isNew && flowId !== null && split.isSuccess && !notSplit && !splitElsewhere,
  );
  const query = isNew ? fresh : existing;

  const redirectTo = isNew
    ? (splitElsewhere ??
      (fresh.data
        ? addressInItsFlow(flowId, fresh.data.WorkflowId, `options/new${queryString}`)
        : null))
    : existing.data
      ? addressInItsFlow(
          flowId,
          existing.data.WorkflowId,
          `options/${existing.data.WorkflowStepOptionId}`,
        )
      : null;
  // While the option loads, its name as the flow page showed it (heard as the page opens).
  const flow = useEmailFlow(flowId ?? 0);
  const title = isNew
    ? 'New option'
    : optionId === null
      ? 'Option not found'
      : existingOptionTitle(optionId, existing.data, flow.data, flow.isError);
  const notFound =
    isNew && stepId !== null && stepMissing
      ? {
          message: `Step ${stepId} does not exist, so no option can be added under it. Add options under a split step on the flow page.`,
        }
      : isNew && notSplit
        ? { title: 'Not a split step', message: `${notSplit} Add options under a split step.` }
        : !isNew && optionId === null
          ? {
              message: `There is no option “${params.optionId ?? ''}”: option ids are whole numbers. The link is out of date or mistyped.`,
            }
          : isNew
            ? cannotAdd(fresh.data && optionRights(fresh.data, flow.data, flow.isError), 'option')
            : null;
  // Without a valid flow id, an option (or split) still leads to its flow (redirectTo) once loaded.
  const badLink =
    isNew && stepId === null
      ? 'A new option needs its split step: use “Add option” under a split on the flow page.'
      : flowId === null && (isNew ? split.data : existing.data) && !redirectTo
        ? 'The address does not contain a valid flow id.'
        : null;

  return (
    <FlowItemEditorPage
      flowId={flowId}
      title={title}
      // A new option is proposed under its split step: "Not found" then means the step.
      notFoundTitle={isNew ? 'Step not found' : 'Option not found'}
      description="A path of a split step: who takes it, and the steps they run."
      redirectTo={redirectTo}
      badLink={badLink}
      notFound={notFound}
      prerequisite={isNew ? split : undefined}
      query={query}
      loadingLabel="Loading option…"
    >
      {(option, savedMessage, inFlow) => (
        <StepOptionEditor
          key={isNew ? 'new' : optionId}
          loaded={option}
          isNew={isNew}
          flowId={inFlow}
          name={title}
          initialMessage={savedMessage}
        />
      )}
    </FlowItemEditorPage>
  );
}
