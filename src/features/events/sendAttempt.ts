import { pendingSendSuffix } from '../../app/drafts/keptWorkKey.ts';
import { valuesStamp } from '../../app/drafts/editorDraft.ts';
import { readKeptObject } from '../../app/storage/keptJson.ts';

/**
 * A send from the event console whose outcome is not known, kept beside the console's draft: the
 * page went (reload, closed tab) while it was `under-way`, or it ended without a word on whether
 * the server recorded the event (`unknown`: no answer, a proxy's answer, an answer Flowdesk
 * cannot read). The draft that comes back after a reload must then not say it was never sent.
 */
export interface SendAttempt {
  state: 'under-way' | 'unknown';
  /** When Send event was pressed (ISO). */
  at: string;
  /** A stamp of the event sent: the attempt is about a draft only while the draft is that event. */
  stamp: string;
}

/** The event's fields that a send is about (the form's values in a fixed order). */
export interface SentFields {
  EventType: string;
  Attributes: string;
  select: string;
}

/** Where the attempt of the draft kept under `draftKey` is kept. */
export const sendAttemptKey = (draftKey: string) => draftKey + pendingSendSuffix;

export const sentFieldsStamp = (v: SentFields) =>
  valuesStamp([v.EventType ?? '', v.Attributes ?? '', v.select ?? '']);

export function serializeSendAttempt(
  state: SendAttempt['state'],
  fields: SentFields,
  now = new Date(),
): string {
  const attempt: SendAttempt = { state, at: now.toISOString(), stamp: sentFieldsStamp(fields) };
  return JSON.stringify(attempt);
}

/** The attempt kept as `text`, when it is one and is about the event `fields` (else null). */
export function readSendAttempt(text: string | null, fields: SentFields): SendAttempt | null {
  const a = readKeptObject(text);
  if (!a) return null;
  if (a.state !== 'under-way' && a.state !== 'unknown') return null;
  if (typeof a.at !== 'string' || typeof a.stamp !== 'string') return null;
  if (a.stamp !== sentFieldsStamp(fields)) return null;
  return { state: a.state, at: a.at, stamp: a.stamp };
}
