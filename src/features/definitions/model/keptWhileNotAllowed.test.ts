import { describe, expect, it } from 'vitest';
import { keptWhileNotAllowedText } from './keptWhileNotAllowed.ts';

describe('keptWhileNotAllowedText', () => {
  it('says who may not upload, that the files were kept, and how to get them back', () => {
    expect(keptWhileNotAllowedText('Vera Viewer', 1)).toEqual({
      title: 'Your files were kept',
      text: 'Vera Viewer may not upload definitions, so the 1 file not uploaded yet is kept in this browser with what you typed. They come back when you open this page signed in to the API platform as someone with the Site Admin role.',
      announcement:
        'Vera Viewer may not upload definitions. Your 1 file not uploaded yet is kept in this browser.',
    });
  });

  it('counts several files', () => {
    expect(keptWhileNotAllowedText('Vera Viewer', 3).announcement).toBe(
      'Vera Viewer may not upload definitions. Your 3 files not uploaded yet are kept in this browser.',
    );
  });
});
