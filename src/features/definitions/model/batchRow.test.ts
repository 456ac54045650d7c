import { describe, expect, it } from 'vitest';
import {
  fieldErrors,
  fileFingerprint,
  isUploadable,
  nameWarning,
  overallProgress,
  type BatchRow,
} from './batchRow.ts';
import { batchReducer } from './batchReducer.ts';

const file = (name: string, size = 10, lastModified = 1) =>
  new File(['x'.repeat(size)], name, { lastModified });

function row(id: string, patch: Partial<BatchRow> = {}): BatchRow {
  const f = patch.file ?? file(`${id}.xml`);
  return {
    id,
    file: f,
    fingerprint: fileFingerprint(f),
    name: 'Flow',
    description: 'A flow',
    objectType: 'ticket',
    problem: null,
    position: null,
    excerpt: null,
    summary: { stepCount: 1, actionNames: ['Go'] },
    status: 'ready',
    progress: 0,
    error: null,
    result: null,
    ...patch,
  };
}

describe('batch rows', () => {
  it('requires name, description and object type', () => {
    expect(fieldErrors({ name: ' ', description: '', objectType: '' })).toEqual({
      name: 'Enter a name.',
      description: 'Enter a description.',
      objectType: 'Choose the resource type.',
    });
    expect(fieldErrors({ name: 'a', description: 'b', objectType: 'ticket' })).toEqual({});
  });

  it('warns when the name exists on the server (case and spaces ignored)', () => {
    expect(nameWarning(' support TICKET triage ', ['Support ticket triage'])).toMatch(
      /already exists/,
    );
    expect(nameWarning('New flow', ['Support ticket triage'])).toBeNull();
    expect(nameWarning('', ['x'])).toBeNull();
  });

  it('marks the same file added twice as a duplicate that cannot be sent', () => {
    const f = file('same.xml');
    const rows = batchReducer([], {
      type: 'add',
      rows: [row('a', { file: f }), row('b', { file: f })],
    });
    expect(rows[1]).toMatchObject({
      status: 'invalid',
      problem: expect.stringMatching(/already in this batch/),
    });
    expect(isUploadable(rows[0])).toBe(true);
    expect(isUploadable(rows[1])).toBe(false);
    const other = batchReducer(rows, {
      type: 'add',
      rows: [row('c', { file: file('same.xml', 11) })],
    });
    expect(other[2].problem).toBeNull();
  });

  it('sends only checked rows with their fields filled, again after failure or cancel', () => {
    expect(isUploadable(row('a', { problem: 'bad' }))).toBe(false);
    expect(isUploadable(row('a', { name: '' }))).toBe(false);
    for (const status of ['failed', 'cancelled', 'ready'] as const)
      expect(isUploadable(row('a', { status }))).toBe(true);
    for (const status of ['queued', 'uploading', 'done', 'checking', 'invalid'] as const)
      expect(isUploadable(row('a', { status }))).toBe(false);
  });

  it('computes overall progress over the rows sent', () => {
    expect(overallProgress([row('a')])).toBeNull();
    expect(
      overallProgress([
        row('a', { status: 'done', progress: 0.3 }),
        row('b', { status: 'uploading', progress: 0.5 }),
        row('c', { status: 'queued' }),
        row('d', { status: 'cancelled', progress: 0.9 }),
        row('e', { status: 'invalid' }),
      ]),
    ).toBe(0.5);
  });

  it('marks a checked row ready, but leaves a duplicate invalid', () => {
    const f = file('same.xml');
    let rows = batchReducer([], {
      type: 'add',
      rows: [row('a', { file: f, status: 'checking' }), row('b', { file: f, status: 'checking' })],
    });
    rows = batchReducer(rows, { type: 'markChecked', id: 'a' });
    rows = batchReducer(rows, { type: 'markChecked', id: 'b' });
    expect(rows.map((r) => r.status)).toEqual(['ready', 'invalid']);
  });

  it('updates, removes and clears finished rows', () => {
    let rows = batchReducer([], { type: 'add', rows: [row('a'), row('b')] });
    rows = batchReducer(rows, { type: 'update', id: 'a', patch: { status: 'done' } });
    expect(rows[0].status).toBe('done');
    expect(batchReducer(rows, { type: 'clearFinished' }).map((r) => r.id)).toEqual(['b']);
    expect(batchReducer(rows, { type: 'remove', id: 'b' }).map((r) => r.id)).toEqual(['a']);
  });
});
