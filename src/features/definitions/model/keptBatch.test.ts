import { describe, expect, it } from 'vitest';
import { file, row as batchRow } from '../fixtures/batchRows.ts';
import type { BatchRow, RowStatus } from './batchRow.ts';
import { keptBatchOf, readKeptBatch, restoredFiles, restoredText } from './keptBatch.ts';

const now = new Date('2026-11-23T12:00:00Z');

const row = (name: string, status: RowStatus, fields: Partial<BatchRow> = {}) =>
  batchRow(name, { file: file(`${name}.xml`, 11), status, ...fields });

describe('keptBatchOf', () => {
  it('keeps the files not uploaded yet, with their fields; not uploaded, refused or invalid ones', () => {
    const rows = [
      row('ready', 'ready', { name: 'Ready', description: 'Typed', objectType: 'review' }),
      row('failed', 'failed'),
      row('uploading', 'uploading'),
      row('done', 'done'),
      row('refused', 'refused'),
      row('invalid', 'invalid'),
    ];
    const kept = keptBatchOf(rows, now)!;
    expect(kept.batch.savedAt).toBe(now.toISOString());
    expect(kept.batch.rows.map((r) => r.fingerprint)).toEqual([
      'ready.xml|11|1',
      'failed.xml|11|1',
      'uploading.xml|11|1',
    ]);
    expect(kept.batch.rows[0]).toEqual({
      fingerprint: 'ready.xml|11|1',
      name: 'Ready',
      description: 'Typed',
      objectType: 'review',
    });
    expect([...kept.files.keys()]).toEqual(kept.batch.rows.map((r) => r.fingerprint));
  });

  it('keeps every row of the same file with its own fields, and the file once', () => {
    const same = file('same.xml', 11);
    const rows = [
      batchRow('a', { file: same, status: 'failed', description: 'First' }),
      batchRow('b', { file: same, status: 'ready', description: 'Second' }),
    ];
    const kept = keptBatchOf(rows, now)!;
    expect(kept.batch.rows.map((r) => [r.fingerprint, r.description])).toEqual([
      ['same.xml|11|1', 'First'],
      ['same.xml|11|1', 'Second'],
    ]);
    expect([...kept.files.keys()]).toEqual(['same.xml|11|1']);
    expect(restoredFiles(kept.batch, kept.files).map((r) => r.description)).toEqual([
      'First',
      'Second',
    ]);
  });

  it('keeps what an upload under way was sent with, so a reload can look it up', () => {
    const sent = { name: 'Sent', keysBefore: ['k1'] };
    const rows = [
      row('uploading', 'uploading', { sent }),
      row('failed', 'failed', { sent }),
      row('restored', 'checking', { sent }),
    ];
    const kept = keptBatchOf(rows, now)!;
    expect(kept.batch.rows.map((r) => r.sending)).toEqual([sent, undefined, sent]);
    const back = readKeptBatch(JSON.parse(JSON.stringify(kept.batch)))!;
    expect(restoredFiles(back, kept.files).map((r) => r.sending)).toEqual([sent, undefined, sent]);
    // Written by a version without it, or damaged: the row comes back without it.
    const odd = readKeptBatch({ ...back, rows: [{ ...back.rows[0], sending: { name: 3 } }] })!;
    expect(odd.rows[0]).not.toHaveProperty('sending');
  });

  it('keeps nothing when every file is uploaded (or there are none)', () => {
    expect(keptBatchOf([row('done', 'done')], now)).toBeNull();
    expect(keptBatchOf([], now)).toBeNull();
  });
});

describe('reading a kept batch back', () => {
  it('puts back the rows whose file was found, in their order, and refuses what it did not write', () => {
    const kept = keptBatchOf([row('a', 'ready'), row('b', 'ready'), row('c', 'ready')], now)!;
    const read = readKeptBatch(structuredClone(kept.batch))!;
    const files = new Map(kept.files);
    files.delete('b.xml|11|1');
    expect(restoredFiles(read, files).map((r) => r.file.name)).toEqual(['a.xml', 'c.xml']);
    expect(readKeptBatch(null)).toBeNull();
    expect(readKeptBatch({ v: 2, savedAt: '', rows: [] })).toBeNull();
    expect(readKeptBatch({ ...kept.batch, rows: [{ fingerprint: 1 }] })?.rows).toEqual([]);
  });

  it('says how many files are back', () => {
    expect(restoredText(2)).toBe('2 files you had not uploaded are back');
    expect(restoredText(1)).toBe('1 file you had not uploaded is back');
  });
});
