import { useMutation, useQuery } from '@tanstack/react-query';
import { workflowKeys } from './keys.ts';
import type { WorkflowEvent } from './schemas.ts';
import { createDefaultWorkflowEvent, sendWorkflowEvent } from './workflowApi.ts';

/** A new event carrier (defaults and the caller's rights), fresh each time the console opens. */
export const useDefaultWorkflowEvent = () =>
  useQuery({
    queryKey: workflowKeys.defaults('event'),
    queryFn: ({ signal }) => createDefaultWorkflowEvent(signal),
    gcTime: 0,
    staleTime: Infinity,
  });

/** SendEvent. Events change no cached data, so nothing is invalidated. */
export const useSendWorkflowEvent = () =>
  useMutation({
    mutationFn: (v: { event: WorkflowEvent; select?: string }) =>
      sendWorkflowEvent(v.event, v.select),
  });
