/** `[SR_MANDATORY_FIELD_1281]`: a resource id the server did not translate (no Accept-Language). */
export const isResourceToken = (reason: string) => /^\[SR_[A-Z0-9_]+\]$/i.test(reason.trim());

/** The server's Reason when it is a sentence a user can read; otherwise ''. */
export function readableReason(reason: string | null | undefined): string {
  const r = (reason ?? '').trim();
  return r && !isResourceToken(r) ? r : '';
}

/** The reason as a sentence: servers often send it without its full stop ("… not change this"). */
export function asSentence(reason: string): string {
  const r = reason.trim();
  return !r || /[.!?…:;]["'”’)]*$/.test(r) ? r : `${r}.`;
}
