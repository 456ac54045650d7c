import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from './answerLost.ts';

/** What a failed "Create targets for …" says, and whether it offers to look at the server again. */
export interface CreateFailureText {
  title: string;
  text: string;
  /** The page offers a button that reads the year's group again (its label). */
  check?: string;
  /** What the page says when that read finds no group (default: notCreatedText). */
  ifMissing?: CreateFailureText;
}

/**
 * An answer that says nothing of whether the group was created (no answer, a proxy's, or one
 * Flowdesk cannot read, such as an empty group): "not created" would be wrong, and creating again
 * could be refused as the group may exist; the page offers to check.
 */
export function createFailureText(error: unknown, year: number): CreateFailureText {
  if (alreadyExists(error)) return existsText(error.message, year);
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

/**
 * Refused because the year has a group of that type already (the page had none: its load was
 * answered 404, which reads as "none yet"). The user wanted that year: they are offered the
 * group, not told to choose another year as the server's sentence ends.
 */
function alreadyExists(error: unknown): error is ApiError {
  return (
    isApiError(error) &&
    error.isValidation &&
    error.field?.toLowerCase() === 'year' &&
    /already exists?\b/i.test(error.message)
  );
}

function existsText(serverText: string, year: number): CreateFailureText {
  const open = `Open the targets for ${year}`;
  const exist = serverText.replace(/\s*Choose another year\.?\s*$/i, '');
  return {
    title: `The targets for ${year} already exist`,
    text: `${exist}${/[.!?]$/.test(exist) ? '' : '.'} Nothing new was created: open them to see and change them.`,
    check: open,
    ifMissing: {
      title: `The targets for ${year} could not be opened`,
      text: 'The server says they exist but did not send them. Try again in a moment; if it keeps happening, tell your administrator.',
      check: open,
    },
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
