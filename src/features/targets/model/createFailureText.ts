import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from './answerLost.ts';

/** What a failed "Create targets for …" says, and whether it offers to look at the server again. */
export interface CreateFailureText {
  title: string;
  text: string;
  /** The page offers a button that reads the year's group again (its label). */
  check?: string;
}

/**
 * An answer that says nothing of whether the group was created (no answer, a proxy's, or one
 * Flowdesk cannot read, such as an empty group): "not created" would be wrong, and creating again
 * could be refused as the group may exist; the page offers to check.
 */
export function createFailureText(error: unknown, year: number): CreateFailureText {
  if (isApiError(error) && error.outcomeUnknown)
    return {
      title: `The targets for ${year} could not be confirmed`,
      text: `${whyUnknown(error)}, so the targets for ${year} may or may not have been created. Check whether they exist before creating them again.`,
      check: `Check the targets for ${year}`,
    };
  return {
    title: 'The targets were not created',
    text: isApiError(error)
      ? error.userMessage
      : error instanceof Error
        ? error.message
        : 'Creating failed.',
  };
}

function whyUnknown(error: ApiError): string {
  if (error.kind === 'network') return 'The connection to the server was lost before it answered';
  if (error.kind === 'parse')
    return `The server answered, but with data Flowdesk does not understand (${error.message})`;
  return `A proxy between Flowdesk and the server answered ${gatewayStatusText(error)} instead of the server`;
}

/** After a check found no group for the year: the creation did not go through. */
export const notCreatedText = (year: number): CreateFailureText => ({
  title: 'The targets were not created',
  text: `The server has no targets for ${year}, so they were not created. Press Create targets for ${year} to try again.`,
});
