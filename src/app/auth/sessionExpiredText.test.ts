import { afterEach, describe, expect, it } from 'vitest';
import { setUnsavedWork, unsavedWorkAction } from '../forms/unsavedWork.ts';
import { sessionExpiredText } from './sessionExpiredText.ts';

describe('sessionExpiredText', () => {
  afterEach(() => {
    setUnsavedWork('a', false);
    setUnsavedWork('b', false);
  });

  it('asks a page that sends to send, not to save', () => {
    setUnsavedWork('a', true, 'send');
    expect(unsavedWorkAction()).toBe('send');
    const text = sessionExpiredText(unsavedWorkAction());
    expect(text.description).toBe(
      'Sign in again to carry on. The event you typed stays on this page; send it afterwards.',
    );
    expect(text.description).not.toMatch(/save/);
    expect(text.renewed).toBe(
      'Signed in again. Your event is still here: press Send event to send it.',
    );
  });

  it('asks to save when an editor holds the work, or when pages differ', () => {
    setUnsavedWork('a', true);
    expect(sessionExpiredText(unsavedWorkAction()).description).toMatch(
      /Your unsaved changes stay on this page; save them again afterwards\.$/,
    );
    setUnsavedWork('b', true, 'upload');
    expect(unsavedWorkAction()).toBe('save');
    setUnsavedWork('a', false);
    expect(sessionExpiredText(unsavedWorkAction()).description).toMatch(/upload them afterwards/);
  });
});
