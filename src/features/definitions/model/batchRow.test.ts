import { describe, expect, it } from 'vitest';
import {
  batchNameWarning,
  fieldErrors,
  fileFingerprint,
  isUploadable,
  nameWarning,
  overallProgress,
  overallStatusText,
  sameContentWarning,
  unsentCount,
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

  it('counts the files leaving would lose: all but the uploaded and the refused', () => {
    const statuses = ['checking', 'ready', 'queued', 'uploading', 'failed', 'cancelled'] as const;
    expect(unsentCount(statuses.map((status) => ({ status })))).toBe(6);
    expect(unsentCount([{ status: 'done' }, { status: 'invalid' }])).toBe(0);
  });

  it('labels the overall bar with the files uploading and waiting, then the share uploaded', () => {
    const rows = (...statuses: BatchRow['status'][]) => statuses.map((status) => ({ status }));
    expect(overallStatusText(rows('uploading', 'uploading', 'uploading', 'queued', 'ready'))).toBe(
      'Uploading 3, 1 waiting…',
    );
    expect(overallStatusText(rows('uploading', 'done', 'cancelled'))).toBe('Uploading 1…');
    expect(overallStatusText(rows('done', 'failed', 'refused', 'cancelled', 'invalid'))).toBe(
      '1 of 3 uploaded',
    );
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

  it('counts a failed or refused upload as not uploaded, whatever share of it was sent', () => {
    // "0 of 1 uploaded" beside a full bar read as a success.
    expect(overallProgress([row('a', { status: 'failed', progress: 1 })])).toBe(0);
    expect(
      overallProgress([
        row('a', { status: 'done', progress: 1 }),
        row('b', { status: 'refused', progress: 1 }),
        row('c', { status: 'failed', progress: 0.4 }),
        row('d', { status: 'done', progress: 1 }),
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
