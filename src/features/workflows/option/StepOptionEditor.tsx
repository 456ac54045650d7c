import { useMemo } from 'react';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { parseTableRight } from '../../../rights/index.ts';
import { Skeleton } from '../../../ui/index.ts';
import { optionRights } from './optionRights.ts';
import { StepOptionForm, type StepOptionFormProps } from './StepOptionForm.tsx';

/**
 * The option editor once the rights it follows are known: an option loaded without rights (as a
 * tenant's GetWorkflowStepOption answers) waits for its flow, whose TableRight stands in. (The
 * page opens it once the tab is known, whose draft it keeps: FlowItemEditorPage.)
 */
export function StepOptionEditor(props: Omit<StepOptionFormProps, 'rights' | 'canAddPaths'>) {
  const flow = useEmailFlow(props.flowId);
  const { loaded } = props;
  const rights = useMemo(
    () => optionRights(loaded, flow.data, flow.isError),
    [loaded, flow.data, flow.isError],
  );
  if (!rights) return <Skeleton lines={6} label="Loading option…" />;
  // A new path's page asks the flow whether options may be added (cannotAdd), as the flow page
  // does for its "Add option": a split on this path offers "Add a path" only then.
  const canAddPaths = flow.data ? parseTableRight(flow.data.TableRight).canInsert : false;
  return <StepOptionForm {...props} rights={rights} canAddPaths={canAddPaths} />;
}
