import { describe, expect, it } from 'vitest';
import { draftNoticeText } from './draftNoticeText.ts';
import { howToCheckSent } from './sendOutcome.ts';

const at = '2026-01-02T03:04:05.000Z';

describe('draftNoticeText', () => {
  it('calls the event unsent when no send of it is in doubt', () => {
    expect(draftNoticeText('9:00', null)).toEqual({
      title: 'Your unsent event from 9:00 is back',
      body: 'The event type, Attributes and $select you typed were not sent yet. Send the event, or discard it to start again from the defaults.',
    });
  });

  it('says a send under way when the page went may have been recorded', () => {
    const t = draftNoticeText('9:00', { state: 'under-way', at, stamp: 's' });
    expect(t.title).toBe('Your event from 9:00 is back');
    expect(t.body).toMatch(
      /^The page went while this event was being sent, so it may have been recorded: check before sending it again\./,
    );
    expect(t.body).not.toMatch(/not sent yet/);
  });

  it('says how to check whether a send in doubt was recorded, as the send failure does', () => {
    for (const state of ['under-way', 'unknown'] as const) {
      const t = draftNoticeText('9:00', { state, at, stamp: 's' });
      expect(t.body).toContain(howToCheckSent);
      expect(t.body).toMatch(
        /press Send event only once you know it did not, or discard it to start again from the defaults\.$/,
      );
    }
  });

  it('says a send without a clear answer (none, unreadable, a server failure) may have been recorded', () => {
    const t = draftNoticeText('9:00', { state: 'unknown', at, stamp: 's' });
    expect(t.title).toBe('Your event from 9:00 is back');
    expect(t.body).toMatch(
      /ended without a clear answer \(the server failed, did not answer, or sent an answer Flowdesk could not read\), so it may have been recorded: check before sending it again\./,
    );
  });
});
