import { isApiError } from '../../api/http/ApiError.ts';
import type { WorkflowEventResult } from '../../api/workflow/schemas.ts';

/** What the last Send ended with: the Result card shows this, never an older result. */
export type LastSend =
  { status: 'sent'; result: WorkflowEventResult; select: string } | SendFailure;

/** How a failed SendEvent is reported (Result card, form banner and history). */
export interface SendFailure {
  /** `rejected`: the server refused it or could not be reached; `not-understood`: it answered
   * with data of another shape than a WorkflowEventResult. */
  status: 'rejected' | 'not-understood';
  /** A sentence for the banner and the Result card. */
  message: string;
  /** The short form kept in the history. */
  detail: string;
}

/** Sorts a failed send into refused by the server vs. an answer Flowdesk cannot read. */
export function describeSendFailure(error: unknown): SendFailure {
  if (isApiError(error) && error.kind === 'parse')
    return {
      status: 'not-understood',
      message:
        `The server sent data Flowdesk does not understand (${error.message}). ` +
        'It did answer, so the event may have been recorded: check before sending it again. Your input is kept.',
      detail: `Response not understood (${error.message})`,
    };
  if (isApiError(error))
    return { status: 'rejected', message: error.userMessage, detail: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { status: 'rejected', message: text, detail: text };
}
