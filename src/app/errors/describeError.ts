import { isRouteErrorResponse } from 'react-router';
import { isApiError } from '../../api/http/ApiError.ts';

export interface ErrorDescription {
  title: string;
  message: string;
  detail?: string;
  /** A new build was deployed and this tab still asks for old chunks: a reload fixes it. */
  needsReload: boolean;
}

/** Turns anything a route can throw into words for the error panel. */
export function describeError(error: unknown): ErrorDescription {
  if (isApiError(error)) {
    const title =
      error.kind === 'network'
        ? 'The server could not be reached'
        : error.kind === 'parse'
          ? 'The server sent data Flowdesk does not understand'
          : error.status === 404
            ? 'Not found'
            : error.status === 403
              ? 'Not allowed'
              : 'The request failed';
    return {
      title,
      message: error.userMessage,
      detail: `${error.request} → ${error.type}`,
      needsReload: false,
    };
  }
  if (isRouteErrorResponse(error)) {
    return {
      title: error.status === 404 ? 'Page not found' : `Error ${error.status}`,
      message: typeof error.data === 'string' ? error.data : error.statusText,
      needsReload: false,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const chunk =
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message);
  return {
    title: chunk
      ? 'This part of Flowdesk could not be loaded'
      : 'Something went wrong on this page',
    message: chunk
      ? 'Flowdesk may have been updated, or the connection dropped. Reload to get the latest version.'
      : message,
    needsReload: chunk,
  };
}
