/**
 * An upload the browser could not make because it is offline: `before` it was sent (nothing went
 * out), or `during` it (the connection dropped; Flowdesk stopped it rather than wait for an
 * answer that cannot come). `sentAll` tells whether every byte had gone out by then.
 */
export class UploadOffline extends Error {
  constructor(
    readonly when: 'before' | 'during',
    readonly sentAll = false,
  ) {
    super(when === 'before' ? 'offline before sending' : 'offline during the upload');
    this.name = 'UploadOffline';
  }
}

/** What the row of an upload stopped by the browser being offline says: what happened, what to do. */
export function offlineUploadMessage(e: UploadOffline, name = 'it'): string {
  if (e.when === 'before')
    return 'Your browser is offline, so the file was not sent. Your fields are kept: Retry once you are back online.';
  if (!e.sentAll)
    return 'Your browser went offline during the upload, so Flowdesk stopped it before the whole file was sent: it was not stored. Your fields are kept: Retry once you are back online.';
  return `Your browser went offline after the whole file was sent, so the platform may have stored it. Once you are back online, look for “${name}” in the list below before retrying, or it may be added twice.`;
}
