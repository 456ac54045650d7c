import { describe, expect, it } from 'vitest';
import { notFileDrop, notFileDropText } from './notFileDrop.ts';

describe('notFileDrop', () => {
  it('is null when a file was dropped, by its type or its item kind', () => {
    expect(notFileDrop(['Files'], ['file'])).toBeNull();
    expect(notFileDrop(['text/plain'], ['file'])).toBeNull();
  });

  it('tells a link from text and from anything else', () => {
    expect(notFileDrop(['text/uri-list', 'text/plain'], ['string', 'string'])).toBe('link');
    expect(notFileDrop(['text/plain'], ['string'])).toBe('text');
    expect(notFileDrop(['text/html', 'text/plain'], ['string', 'string'])).toBe('text');
    expect(notFileDrop(['application/x-custom'], ['string'])).toBe('other');
    expect(notFileDrop([], [])).toBe('other');
  });

  it('says what happened and what to do', () => {
    expect(notFileDropText('link')).toBe(
      'A link was dropped, not a file. Save the file to your computer first, then drop it here or click the drop zone to choose it.',
    );
    expect(notFileDropText('text')).toBe(
      'Some text was dropped, not a file. Save the XML as a file first, then drop it here or click the drop zone to choose it.',
    );
    expect(notFileDropText('other')).toBe(
      'What was dropped is not a file. Drop XML files from your computer, or click the drop zone to choose them.',
    );
  });
});
