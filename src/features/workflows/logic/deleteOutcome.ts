import { isApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from '../../../api/http/gatewayStatus.ts';

const pressAgain =
  'Press Delete again: if it is already gone, Flowdesk says so and takes you back to the flow.';

/**
 * The banner for a delete whose answer says nothing of whether it went through (a proxy answered
 * instead of the server, the connection dropped, the answer could not be read), or null for a
 * delete the server refused. "Not deleted" would be wrong half the time: the server may well have
 * carried it out.
 */
export function deleteUnsureMessage(error: unknown, what: string): string | null {
  if (!isApiError(error) || !error.outcomeUnknown) return null;
  if (error.fromGateway)
    return `A proxy between Flowdesk and the server answered ${gatewayStatusText(error.status)} instead of the server, so the ${what} may or may not have been deleted. ${pressAgain}`;
  if (error.kind === 'network')
    return `Flowdesk lost the connection before the server answered, so the ${what} may or may not have been deleted. Check your connection, then ${pressAgain[0]!.toLowerCase()}${pressAgain.slice(1)}`;
  return `The server answered, but with data Flowdesk does not understand (${error.message}), so the ${what} may have been deleted. ${pressAgain}`;
}

/**
 * The toast for a delete that found the record gone already: after an earlier try of this
 * user's that may have gone through, that try most likely removed it; otherwise someone else did.
 */
export function alreadyGoneToast(
  what: string,
  earlierTryMayHaveGoneThrough: boolean,
): { title: string; description: string; tone: 'success' | 'info' } {
  const What = `${what[0]!.toUpperCase()}${what.slice(1)}`;
  return earlierTryMayHaveGoneThrough
    ? {
        title: `${What} deleted`,
        description: 'It was already gone, most likely removed by your earlier try.',
        tone: 'success',
      }
    : {
        title: `${What} already deleted`,
        description: 'Someone else removed it from the flow; the flow is up to date now.',
        tone: 'info',
      };
}
