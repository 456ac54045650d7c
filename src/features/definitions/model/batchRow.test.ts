import { describe, expect, it } from 'vitest';
import { fieldErrors, isUploadable, unsentCount } from './batchRow.ts';
import { file, row } from '../fixtures/batchRows.ts';
import { batchReducer } from './batchReducer.ts';

describe('batch rows', () => {
  it('requires name, description and object type', () => {
    expect(fieldErrors({ name: ' ', description: '', objectType: '' })).toEqual({
      name: 'Enter a name.',
      description: 'Enter a description.',
      objectType: 'Choose the resource type.',
    });
    expect(fieldErrors({ name: 'a', description: 'b', objectType: 'ticket' })).toEqual({});
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
