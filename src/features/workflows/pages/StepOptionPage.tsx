import { useParams, useSearchParams } from 'react-router';
import {
  useDefaultWorkflowStepOption,
  useWorkflowStepOption,
} from '../../../api/workflow/useStepOptions.ts';
import { FlowItemEditorPage } from './FlowItemEditorPage.tsx';
import { StepOptionForm } from '../option/StepOptionForm.tsx';

/**
 * /workflows/:flowId/options/:optionId — an option of a split step and the steps on its path.
 * `new?step=<split step id>&type=<OptionType>` starts from CreateDefault…FromType.
 */
export function StepOptionPage() {
  const params = useParams();
  const [search] = useSearchParams();
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
  const title = isNew ? 'New option' : query.data?.Name || `Option ${optionId}`;
  const badLink = !(flowId > 0)
    ? 'The address does not contain a valid flow id.'
    : isNew && !(Number(search.get('step')) > 0)
      ? 'A new option needs its split step: use “Add option” under a split on the flow page.'
      : !isNew && !(optionId > 0)
        ? 'The address does not contain a valid option id.'
        : null;

  return (
    <FlowItemEditorPage
      flowId={flowId}
      title={title}
      description="A path of a split step: who takes it, and the steps they run."
      badLink={badLink}
      query={query}
      loadingLabel="Loading option…"
    >
      {(option, savedMessage) => (
        <StepOptionForm
          key={isNew ? 'new' : optionId}
          loaded={option}
          isNew={isNew}
          flowId={flowId}
          initialMessage={savedMessage}
        />
      )}
    </FlowItemEditorPage>
  );
}
