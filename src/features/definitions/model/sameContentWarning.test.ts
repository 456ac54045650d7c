import { describe, expect, it } from 'vitest';
import type { BatchRow } from './batchRow.ts';
import { sameContentWarning } from './sameContentWarning.ts';
import { row } from '../fixtures/batchRows.ts';

describe('sameContentWarning', () => {
  const key = 'k1';
  const a = row('a', { contentKey: key });
  const b = row('b', { contentKey: key });
  const c = row('c', { contentKey: 'k2' });
  const stored = { Key: 'key-1', Name: 'Approval' };

  it('names another file of the batch with the same text, whatever the file names', () => {
    expect(sameContentWarning([a, b, c], b, [], null)).toBe(
      '“a.xml” in this batch has the same content; uploading both adds two definitions of the same workflow.',
    );
    expect(sameContentWarning([a, b, c], a, [], null)).toMatch(/^“b\.xml” in this batch/);
    expect(sameContentWarning([a, b, c], c, [], null)).toBeNull();
  });

  it('says what a copy in the batch was uploaded as, and nothing on the uploaded row', () => {
    const done = { ...a, status: 'done' as const, result: { ...stored } as BatchRow['result'] };
    expect(sameContentWarning([done, b], b, [], null)).toBe(
      '“a.xml” in this batch has the same content and was uploaded as “Approval”; uploading this adds a second copy.',
    );
    expect(sameContentWarning([done, b], done, [], null)).toBeNull();
  });

  it('says nothing of a copy in the batch uploaded and since deleted from the platform', () => {
    const done = { ...a, status: 'done' as const, result: { ...stored } as BatchRow['result'] };
    const uploaded = [{ contentKey: key, definition: stored }];
    expect(sameContentWarning([done, b], b, uploaded, new Set(['other']))).toBeNull();
    expect(sameContentWarning([done, b], b, uploaded, new Set(['key-1']))).toMatch(
      /was uploaded as “Approval”/,
    );
  });

  it('names a definition uploaded earlier while the platform still has it', () => {
    const uploaded = [{ contentKey: key, definition: stored }];
    expect(sameContentWarning([b], b, uploaded, new Set(['key-1']))).toBe(
      'The same content was uploaded earlier as “Approval”; uploading this adds a second copy.',
    );
    expect(sameContentWarning([b], b, uploaded, null)).toMatch(/^The same content/);
    expect(sameContentWarning([b], b, uploaded, new Set(['other']))).toBeNull();
    // Before a copy that is only in the batch: this one is on the platform already.
    expect(sameContentWarning([a, b], b, uploaded, null)).toMatch(/^The same content/);
  });

  it('says nothing for a file with a problem, or not checked yet', () => {
    const refused = { ...b, problem: 'Not XML', status: 'invalid' as const };
    expect(sameContentWarning([a, refused], refused, [], null)).toBeNull();
    expect(sameContentWarning([{ ...a, problem: 'x' }, b], b, [], null)).toBeNull();
    expect(sameContentWarning([a, { ...b, contentKey: null }], a, [], null)).toBeNull();
  });
});
