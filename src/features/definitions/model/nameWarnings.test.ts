import { describe, expect, it } from 'vitest';
import { batchNameWarning, nameWarning } from './nameWarnings.ts';
import { file, row } from '../fixtures/batchRows.ts';

describe('name warnings', () => {
  it('warns when the name exists on the server (case and spaces ignored)', () => {
    expect(nameWarning(' support TICKET triage ', ['Support ticket triage'])).toMatch(
      /already exists/,
    );
    expect(nameWarning('New flow', ['Support ticket triage'])).toBeNull();
    expect(nameWarning('', ['x'])).toBeNull();
  });

  it('warns when another file of the batch has the same name (case and spaces ignored)', () => {
    const a = row('a', { name: 'Same Name' });
    const b = row('b', { name: ' same name ', file: file('other.xml') });
    const c = row('c', { name: 'Different' });
    const rows = [a, b, c];
    expect(batchNameWarning(rows, a)).toBe(
      '“other.xml” in this batch has the same name; uploading both adds two definitions named “Same Name”.',
    );
    expect(batchNameWarning(rows, b)).toMatch(/^“a\.xml” in this batch has the same name/);
    expect(batchNameWarning(rows, c)).toBeNull();
    expect(batchNameWarning(rows, row('d', { name: '  ' }))).toBeNull();
  });

  it('leaves out files that will not be sent or are already uploaded', () => {
    const a = row('a', { name: 'Same' });
    expect(batchNameWarning([a, row('b', { name: 'same', status: 'done' })], a)).toBeNull();
    expect(
      batchNameWarning([a, row('b', { name: 'same', status: 'invalid', problem: 'Bad' })], a),
    ).toBeNull();
  });
});
