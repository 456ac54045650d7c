import type { RefObject } from 'react';
import { useRestrictableFields } from '../../../api/workflow/useFlows.ts';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { ListLoadWarning } from '../../../app/errors/ListLoadWarning.tsx';
import { useFieldAccess } from '../../../rights/index.ts';
import { Banner } from '../../../ui/index.ts';
import type { GoalFormApi } from './goalFormTypes.ts';

export interface GoalLoadWarningsProps {
  fields: ReturnType<typeof useRestrictableFields>;
  goalTypes: ReturnType<typeof useMdoList>;
  form: GoalFormApi;
  /** The groups, whose first field picker takes focus once the fields have come. */
  groupsRef: RefObject<HTMLDivElement | null>;
}

/**
 * The lists the goal editor offers (fields, goal types) that could not be read, with Retry; and
 * a server that offers no list of fields at all (a SuperOffice tenant), where retrying is no use.
 * A list for a field the user may not see (GoalType, or RestrictionGroups for the fields) is not
 * spoken of: the page shows no such field to choose in.
 */
export function GoalLoadWarnings({ fields, goalTypes, form, groupsRef }: GoalLoadWarningsProps) {
  const typeHidden = useFieldAccess('GoalType').hidden;
  const groupsHidden = useFieldAccess('RestrictionGroups').hidden;
  return (
    <>
      {fields.data === null && !groupsHidden && (
        <Banner title="This server does not offer a list of fields">
          Only the fields this goal’s conditions already use can be chosen here, each edited as the
          condition stores it. To add a condition on another field, add it in SuperOffice itself.
        </Banner>
      )}
      {fields.isError && !groupsHidden && (
        <ListLoadWarning
          what="the fields conditions can use"
          error={fields.error}
          meanwhile="Meanwhile each condition is shown and edited as it is stored, and no other field can be chosen."
          retrying={fields.isFetching}
          onRetry={async () => (await fields.refetch()).isSuccess}
          focusAfter={() =>
            groupsRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus()
          }
        />
      )}
      {goalTypes.isError && !typeHidden && (
        <ListLoadWarning
          what="the goal types"
          error={goalTypes.error}
          meanwhile="Goal type offers the standard types meanwhile."
          retrying={goalTypes.isFetching}
          onRetry={async () => (await goalTypes.refetch()).isSuccess}
          focusAfter={() => form.setFocus('GoalType')}
        />
      )}
    </>
  );
}
