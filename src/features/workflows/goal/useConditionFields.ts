import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { fetchMdoList, mdoKeys } from '../../../api/mdo/useMdoList.ts';
import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useRestrictableFields } from '../../../api/workflow/useFlows.ts';
import { fieldsFromConditions, listItemsOf, listNameOf } from '../logic/storedFields.ts';
import { conditionFieldSource } from './conditionFieldSource.ts';

const none: readonly RestrictableField[] = [];

/**
 * The fields the goal editor's conditions can use: the server's field list, or, on a server that
 * does not offer one (a SuperOffice tenant) or whose list could not be read (its banner offers Try
 * again), the fields the goal's own conditions store (named and typed by their ColumnInfo), each
 * list field filled from the MDO list its ColumnInfo names. Until that list comes, or when it
 * cannot be read, a list field has no items and its stored values show by the names stored with
 * them.
 */
export function useConditionFields(loaded: WorkflowGoal) {
  const fields = useRestrictableFields();
  const source = conditionFieldSource(fields);
  const standingIn = source === 'standIns';
  const standIns = useMemo(
    () => (standingIn ? fieldsFromConditions([loaded]) : []),
    [standingIn, loaded],
  );
  const listNames = [...new Set(standIns.map(listNameOf).filter((n) => n !== null))];
  const lists = useQueries({
    queries: listNames.map((name) => ({
      queryKey: mdoKeys.list(name),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMdoList(name, signal),
      staleTime: 10 * 60_000,
    })),
  });
  const itemsByList = new Map(listNames.map((name, i) => [name, lists[i]?.data]));
  const withItems = standIns.map((f) => {
    const items = itemsByList.get(listNameOf(f) ?? '');
    return items ? { ...f, ListItems: listItemsOf(items) } : f;
  });
  return { fields, list: fields.data ?? (standingIn ? withItems : none) };
}
