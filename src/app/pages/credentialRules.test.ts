import { describe, expect, it } from 'vitest';
import { credentialProblem } from './credentialRules.ts';

describe('credentialProblem', () => {
  it('accepts tickets and tokens as issued', () => {
    expect(credentialProblem('7T:MgBhADYAZQA=', 'ticket')).toBeUndefined();
    expect(credentialProblem('eyJhbGciOi.eyJzdWIi.sig-_~+/=', 'access token')).toBeUndefined();
    expect(credentialProblem('', 'app token')).toBeUndefined();
  });

  it('names a character the browser cannot send in a header', () => {
    expect(credentialProblem('“7T:abc”', 'ticket')).toBe(
      'Contains the character “ (U+201C), which cannot be sent: paste the ticket again as issued.',
    );
    expect(credentialProblem('token日本', 'access token')).toBe(
      'Contains the character 日 (U+65E5), which cannot be sent: paste the access token again as issued.',
    );
    expect(credentialProblem('abc\u0001', 'app token')).toMatch(
      /^Contains the character . \(U\+0001\)/,
    );
  });

  it('refuses spaces inside, a non-breaking one too', () => {
    expect(credentialProblem('7T:abc\u00a0def', 'ticket')).toBe(
      'Contains a space, which a ticket never has: paste it again as issued.',
    );
    expect(credentialProblem('abc def', 'app token')).toMatch(/^Contains a space/);
  });
});
