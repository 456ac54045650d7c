import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http/ApiError.ts';
import { loadFailureText } from './loadFailureText.ts';

describe('loadFailureText', () => {
  it('says what could not be read, without the save wording', () => {
    const e = new ApiError({ kind: 'parse', message: 'EventType: Invalid input', request: 'x' });
    expect(loadFailureText(e)).toBe(
      'The server sent data Flowdesk does not understand (EventType: Invalid input).',
    );
  });

  it('ends the server’s own text with a full stop, as a sentence follows it', () => {
    const e = new ApiError({
      kind: 'http',
      status: 409,
      message: 'Busy (sandbox fault)',
      request: 'x',
    });
    expect(loadFailureText(e)).toBe('Busy (sandbox fault).');
  });

  it('keeps the usual text for other failures', () => {
    const e = new ApiError({ kind: 'http', status: 500, message: 'Boom', request: 'x' });
    expect(loadFailureText(e)).toBe(e.userMessage);
    expect(loadFailureText(new Error('odd'))).toBe('odd');
  });
});
