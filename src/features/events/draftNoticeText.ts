import type { SendAttempt } from './sendAttempt.ts';
import { howToCheckSent, whySendOnlyOnce } from './sendOutcome.ts';

/**
 * What the notice of an event brought back by a reload says: unsent, unless a send of this very
 * event was under way when the page went or ended without a word on its outcome (then it may
 * have been recorded, and sending it again could record it twice: the notice says how to check).
 */
export function draftNoticeText(
  when: string,
  attempt: SendAttempt | null,
): { title: string; body: string } {
  // How to check, as the failed send says it; not the session's history, gone with a closed tab.
  const choice = `${howToCheckSent} ${whySendOnlyOnce}, so press Send event only once you know it did not, or discard it`;
  if (attempt?.state === 'under-way')
    return {
      title: `Your event from ${when} is back`,
      body: `The page went while this event was being sent, so it may have been recorded: check before sending it again. ${choice} to start again from the defaults.`,
    };
  if (attempt?.state === 'unknown')
    return {
      title: `Your event from ${when} is back`,
      body: `Sending this event ended without a clear answer (the server failed, did not answer, or sent an answer Flowdesk could not read), so it may have been recorded: check before sending it again. ${choice} to start again from the defaults.`,
    };
  return {
    title: `Your unsent event from ${when} is back`,
    body: 'The event type, Attributes and $select you typed were not sent yet. Send the event, or discard it to start again from the defaults.',
  };
}
