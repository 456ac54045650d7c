import { describe, expect, it } from 'vitest';
import { platformSignInText } from './platformSignInText.ts';

describe('platformSignInText', () => {
  it('says "again" to a user whose platform session ended', () => {
    const text = platformSignInText('ended');
    expect(text.title).toBe('Sign in to the API platform again');
    expect(text.description).toMatch(/^Your session on the API platform has ended\./);
  });

  it('does not speak of an ended session to a user who never had one', () => {
    const text = platformSignInText('first');
    expect(text.title).toBe('Sign in to the API platform');
    expect(`${text.title} ${text.description} ${text.submit}`).not.toMatch(/again|ended|retr/i);
  });
});
