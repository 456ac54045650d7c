import { describe, expect, it } from 'vitest';
import { readSendAttempt, sendAttemptKey, serializeSendAttempt } from './sendAttempt.ts';

const event = { EventType: '4', Attributes: 'personId=12&formId=3', select: '' };

describe('send attempt', () => {
  it('is read back for the event it was made for, and for no other', () => {
    const text = serializeSendAttempt('under-way', event, new Date('2026-01-02T03:04:05Z'));
    expect(readSendAttempt(text, { ...event })).toMatchObject({
      state: 'under-way',
      at: '2026-01-02T03:04:05.000Z',
    });
    expect(readSendAttempt(text, { ...event, Attributes: 'personId=12' })).toBeNull();
    expect(readSendAttempt(serializeSendAttempt('unknown', event), event)?.state).toBe('unknown');
  });

  it('is none when nothing, or something else, is kept', () => {
    expect(readSendAttempt(null, event)).toBeNull();
    expect(readSendAttempt('not json', event)).toBeNull();
    expect(readSendAttempt('{"state":"sent","at":"x","stamp":"y"}', event)).toBeNull();
  });

  it('is kept beside the draft, under a key that ends in its owner and .send', () => {
    expect(sendAttemptKey('flowdesk.workflows.draft./events.%7Cadmin')).toBe(
      'flowdesk.workflows.draft./events.%7Cadmin.send',
    );
  });
});
