import { isApiError, type ApiError } from '../../api/http/ApiError.ts';
import { serverSaid } from '../../api/http/refusalText.ts';
import { NotIssuedError } from './signIn.ts';

/** What a failed sign-in says: there are no edits to keep here, but the address may be wrong. */
export function signInFailureText(e: unknown): string {
  if (e instanceof NotIssuedError) return e.message;
  if (!isApiError(e)) return String(e);
  if (e.status === 401) return e.message;
  if (e.kind === 'network')
    // The browser's own words ("Failed to fetch") tell a user nothing; they stay in `e.message`.
    return 'Could not reach the server. Check your connection, and the API base URL under Connection settings, then try again.';
  // JSON, but not a principal: the address may be the API, its answer does not say who signed in.
  if (e.kind === 'parse' && e.issues)
    return `The server’s answer to sign-in could not be read (${e.message}), so you are not signed in. Try again; if it keeps happening, check the API base URL under Connection settings, or tell your administrator.`;
  const notTheApi = notTheApiDetail(e);
  if (notTheApi)
    return `The address answered, but it is not a SuperOffice or Flowdesk API (${notTheApi}). Check the API base URL under Connection settings.`;
  // An API's own 404 or 403: no record is at stake here, only the address or the user.
  if (e.kind === 'http' && e.status === 404)
    return `The server has no sign-in at this address${serverSaid(404, e.message)}. You are not signed in. Check the API base URL under Connection settings, then try again.`;
  if (e.kind === 'http' && e.status === 403)
    return `The server does not let this user sign in${serverSaid(403, e.message)}. Ask your administrator for access, or sign in as another user.`;
  return e.userMessage;
}

/**
 * Why the answer shows the base URL is not the API, or undefined when it may well be: a 2xx that
 * is not the JSON asked for (a web page, an SPA's index), or a 404 / 405 without an API error
 * body (a plain web server); an API names its errors (ErrorType), which then gives the `type`.
 */
function notTheApiDetail(e: ApiError): string | undefined {
  if (e.kind === 'parse') return e.message;
  if (e.kind === 'http' && (e.status === 404 || e.status === 405) && e.type === 'http')
    return `HTTP ${e.status} for ${e.request.replace(/^[A-Z]+ /, '')}`;
  return undefined;
}
