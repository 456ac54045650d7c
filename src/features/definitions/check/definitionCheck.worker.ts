/**
 * Checks definition files off the page's main thread: a 5 MB file takes seconds to parse, and the
 * page must keep painting and answering meanwhile. Never fetches anything (the bytes come in
 * transferred).
 */
import { checkDefinitionBytes } from '../model/fileCheck.ts';
import type { CheckReply, CheckRequest } from './checkMessages.ts';

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, bytes } = event.data;
  let reply: CheckReply;
  try {
    reply = { id, result: checkDefinitionBytes(new Uint8Array(bytes)) };
  } catch {
    // The page checks it itself instead, where any error surfaces as it always has.
    reply = { id, result: null };
  }
  postMessage(reply);
});
