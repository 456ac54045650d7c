import { isRouteErrorResponse } from 'react-router';
import { isApiError } from '../../api/http/ApiError.ts';

export interface ErrorDescription {
  title: string;
  message: string;
  detail?: string;
  /** A new build was deployed and this tab still asks for old chunks: a reload fixes it. */
  needsReload: boolean;
}

/**
 * A lazy page's code or styles did not download: Chrome's "Failed to fetch dynamically imported
 * module: …", Firefox's "error loading dynamically imported module: …", Safari's "Importing a
 * module script failed." and Vite's "Unable to preload CSS for …". A bare "Failed to fetch" is a
 * request the page made (the API layer's own are ApiErrors), which a reload does not help.
 */
const chunkFailure =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/**
 * What the browser knows of its connection: 'back online' once it returns after a page failed
 * to download offline (the page then loads again by itself, once Flowdesk's files download:
 * 'not reachable yet' while they do not).
 */
export type Network = 'online' | 'offline' | 'back online' | 'not reachable yet';

const currentNetwork = (): Network =>
  typeof navigator === 'undefined' || navigator.onLine ? 'online' : 'offline';

const chunkMessage: Record<Network, string> = {
  online:
    'Flowdesk may have been updated, or the connection dropped. Reload to get the latest version.',
  offline:
    'You are offline, so this page could not be downloaded. It loads by itself once the connection is back.',
  'back online': 'The connection is back. Loading the page again…',
  'not reachable yet':
    'The connection is back, but Flowdesk cannot be reached yet: the network may still be connecting, or may want you to sign in to it first. The page loads by itself as soon as Flowdesk can be reached.',
};

/** Turns anything a route can throw into words for the error panel. */
export function describeError(
  error: unknown,
  network: Network = currentNetwork(),
): ErrorDescription {
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
  const chunk = chunkFailure.test(message);
  if (!chunk) return { title: 'Something went wrong on this page', message, needsReload: false };
  return {
    title: 'This part of Flowdesk could not be loaded',
    message: chunkMessage[network],
    needsReload: true,
  };
}
