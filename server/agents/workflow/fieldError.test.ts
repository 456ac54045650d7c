import { describe, expect, it } from 'vitest';
import { fieldError, fieldSubject } from './fieldError.ts';

describe('fieldSubject', () => {
  it('says a field as the editor shows it', () => {
    expect(fieldSubject('Name')).toBe('Name');
    expect(fieldSubject('RestrictionGroups.1.Name')).toBe('Restriction group 2: Name');
    expect(fieldSubject('Steps.0.Options.1.Key')).toBe('Step 1, path 2: Key');
  });

  it('says a whole list item by its place', () => {
    expect(fieldSubject('Steps.2')).toBe('Step 3');
    expect(fieldSubject('Steps.0.Options.1.')).toBe('Step 1, path 2');
  });
});

describe('fieldError', () => {
  it('is a 400 in one sentence, on the field the path names', () => {
    const e = fieldError('RestrictionGroups.1.Name', 'is longer than 200 characters');
    expect(e).toMatchObject({
      status: 400,
      errorType: 'SoValidationException',
      message: 'Restriction group 2: Name is longer than 200 characters.',
      field: 'RestrictionGroups.1.Name',
    });
  });
});
