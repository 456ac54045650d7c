import type { RequestIntent } from './requestIntent.ts';

/**
 * The server's own text placed inside a sentence: " (404): text" without its closing full stop,
 * or nothing when it sent none.
 */
export function serverSaid(status: number, text: string): string {
  const said = text.trim().replace(/\.+$/, '');
  return said ? ` (${status}): ${said}` : ` (${status})`;
}

/** What a call refused before doing anything did not do, and whether the edits are kept. */
const nothingDone: Record<RequestIntent, string> = {
  load: '',
  save: ', so nothing was saved; your edits are kept',
  delete: ', so nothing was deleted',
};

/** What a 404 means: the record is gone or the address is wrong (the user cannot tell which). */
function notFoundWhy(text: string, intent: RequestIntent): string {
  const why = {
    load: 'It may have been deleted, or the address is wrong.',
    save: 'It may have been deleted by someone else, or the address is wrong.',
    delete: 'It may have been deleted already, or the address is wrong.',
  }[intent];
  return `The server has no such record or address${serverSaid(404, text)}${nothingDone[intent]}. ${why}`;
}

/** A 404 in words, and what to do: reloading shows which of the two it was. */
export function notFoundText(text: string, intent: RequestIntent): string {
  return `${notFoundWhy(text, intent)} Reload to check.`;
}

/**
 * A 404 on a page's load, for a warning that offers its own way on (a link back): a reload would
 * find nothing either, so it is not suggested. The address stays among the causes, since a 404
 * also answers an endpoint the server does not have.
 */
export function notFoundWithWayOnText(text: string): string {
  return notFoundWhy(text, 'load');
}

/** A 403 in words: the signed-in user lacks a right, which only an administrator can give. */
export function forbiddenText(text: string, intent: RequestIntent): string {
  return `The server does not allow this${serverSaid(403, text)}${nothingDone[intent]}. Ask your administrator for the right, or sign in as a user who has it.`;
}
