import { renewedSince } from '../../app/auth/sessionRenewals.ts';
import { isApiError } from '../../api/http/ApiError.ts';
import { gatewayStatusText } from '../../api/http/gatewayStatus.ts';
import { serverSaid } from '../../api/http/refusalText.ts';
import { isServerFailure } from '../../api/http/serverFailure.ts';
import type { WorkflowEventResult } from '../../api/workflow/schemas.ts';

/** What the last Send ended with: the Result card shows this, never an older result. */
export type LastSend =
  { status: 'sent'; result: WorkflowEventResult; select: string } | SendFailure;

/** How a failed SendEvent is reported (Result card, form banner and history). */
export interface SendFailure {
  /** `rejected`: the server refused it; `not-understood`: it answered with data of another
   * shape than a WorkflowEventResult; `no-answer`: no answer came (connection lost), so whether
   * the event arrived is unknown; `session-expired`: a 401, the event was not sent (not a
   * rejection: sent again once signed in, it goes); `server-failed`: the server answered that it
   * failed (a 500), which it may have done after recording the event, so whether it was
   * recorded is unknown. */
  status: 'rejected' | 'not-understood' | 'no-answer' | 'session-expired' | 'server-failed';
  /** A sentence for the banner and the Result card. */
  message: string;
  /** The short form kept in the history. */
  detail: string;
  /** `session-expired`: the session renewal count then (app/auth/sessionRenewals). */
  renewalsAt?: number;
}

const expiredWhy = 'The event was not sent because your session had expired.';

/**
 * How to find out whether a send in doubt arrived. Flowdesk cannot list the events a server
 * received, so the check is where their effect shows, the participants of the flows reached.
 */
export const howToCheckSent =
  'To check, look in SuperOffice at the participants of the flows with a goal this event can meet: a participant who met the goal has left the flow.';

/** Why the check matters: SendEvent is not idempotent, a second send is a second event. */
export const whySendOnlyOnce =
  'If the event did arrive, sending it again would make the flows react to it twice';

/** After a send whose outcome is unknown: how to find out, and why it matters. */
export const checkBeforeSendingAgain = `${howToCheckSent} “Sent in this session” below shows what was sent and when. ${whySendOnlyOnce}, so press Send event again only once you know it did not; your input is kept.`;

/**
 * `failure` as it reads now: one met by an expired session, once the session was renewed since
 * (`renewals` above the count it was met at), says the user is signed in again and may send.
 */
export function sendFailureNow<F extends SendFailure | LastSend | null>(
  failure: F,
  renewals: number,
): F {
  if (failure?.status !== 'session-expired' || failure.renewalsAt === undefined) return failure;
  if (!renewedSince(failure.renewalsAt, renewals)) return failure;
  return {
    ...failure,
    message: `${expiredWhy} You are signed in again: press Send event to send it.`,
  };
}

/**
 * Sorts a failed send into refused by the server, an answer Flowdesk cannot read, no answer, and
 * not sent for an expired session (`renewals`: the session renewal count now).
 */
export function describeSendFailure(error: unknown, renewals = 0): SendFailure {
  if (isApiError(error) && error.isUnauthorized)
    return {
      status: 'session-expired',
      message: `${expiredWhy} Once you are signed in again, press Send event: what you typed is still here.`,
      detail: 'Your session had expired; the event was not sent.',
      renewalsAt: renewals,
    };
  if (isApiError(error) && error.kind === 'parse')
    return {
      status: 'not-understood',
      message:
        `The server sent data Flowdesk does not understand (${error.message}). ` +
        `It did answer, so the event may have been recorded: check before sending it again. ${checkBeforeSendingAgain}`,
      detail: `Response not understood (${error.message})`,
    };
  if (isApiError(error) && error.kind === 'network')
    return {
      status: 'no-answer',
      // The browser's own words ("Failed to fetch") say nothing to a user: left out.
      message:
        'The server could not be reached, or the connection was lost before it answered, so the event may or may not have reached it: check before sending it again. ' +
        checkBeforeSendingAgain,
      detail: 'The server could not be reached, or the connection was lost.',
    };
  // A proxy answered instead of the server (502, 504): the server may well have recorded the
  // event before the proxy stopped waiting, so this is no answer, not a refusal.
  if (isApiError(error) && error.fromGateway) {
    const proxy = gatewayStatusText(error.status);
    return {
      status: 'no-answer',
      message:
        `A proxy between Flowdesk and the server answered ${proxy} instead of the server, ` +
        `so the event may have been recorded: check before sending it again. ${checkBeforeSendingAgain}`,
      detail: `No answer (a proxy answered ${proxy})`,
    };
  }
  // The server failed (500): maybe after recording the event (the sandbox's error500After does
  // just that), maybe before. The browser cannot tell, so the words must fit both.
  if (isApiError(error) && isServerFailure(error)) {
    const said = serverSaid(error.status, error.message);
    return {
      status: 'server-failed',
      message:
        `The server failed while handling the event${said}. It may have failed after recording it, ` +
        `so the event may or may not have been recorded: check before sending it again. ${checkBeforeSendingAgain}`,
      detail: `The server failed${said}; the event may or may not have been recorded.`,
    };
  }
  if (isApiError(error))
    return { status: 'rejected', message: error.userMessage, detail: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { status: 'rejected', message: text, detail: text };
}

/** How each kind of failed send is named: the form's banner, the Result card, the history. */
export const failureText: Record<
  SendFailure['status'],
  { title: string; badge: string; sentence: string; announcement: string }
> = {
  rejected: {
    title: 'Event rejected',
    badge: 'Rejected',
    sentence: 'The last event was not accepted.',
    announcement: 'The event was rejected.',
  },
  'not-understood': {
    title: 'Result not understood',
    badge: 'Not understood',
    sentence: 'The last event got an answer Flowdesk cannot read.',
    announcement: 'The server sent a result Flowdesk does not understand.',
  },
  'session-expired': {
    title: 'Event not sent',
    badge: 'Not sent',
    sentence: 'The last event was not sent: your session had expired.',
    announcement: 'The event was not sent: your session has expired.',
  },
  'no-answer': {
    title: 'No answer',
    badge: 'No answer',
    sentence: 'The last event got no answer: it may or may not have reached the server.',
    announcement: 'The server did not answer; the event may or may not have arrived.',
  },
  'server-failed': {
    title: 'The server failed: the event may have been recorded',
    badge: 'Maybe recorded',
    sentence:
      'The server failed while handling the last event: it may or may not have been recorded.',
    announcement: 'The server failed; the event may or may not have been recorded.',
  },
};

/** Whether a send that failed may have been recorded all the same (its outcome is unknown). */
export const sendMayHaveArrived = (failure: SendFailure): boolean =>
  failure.status === 'no-answer' ||
  failure.status === 'not-understood' ||
  failure.status === 'server-failed';
