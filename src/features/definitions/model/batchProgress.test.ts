import { describe, expect, it } from 'vitest';
import type { BatchRow } from './batchRow.ts';
import { overallProgress, overallStatusText } from './batchProgress.ts';
import { row } from '../fixtures/batchRows.ts';

describe('batch progress', () => {
  it('labels the overall bar with the files uploading and waiting, then the share uploaded', () => {
    const rows = (...statuses: BatchRow['status'][]) => statuses.map((status) => ({ status }));
    expect(overallStatusText(rows('uploading', 'uploading', 'uploading', 'queued', 'ready'))).toBe(
      'Uploading 3, 1 waiting…',
    );
    expect(overallStatusText(rows('uploading', 'done', 'cancelled'))).toBe('Uploading 1…');
    expect(overallStatusText(rows('done', 'failed', 'refused', 'cancelled', 'invalid'))).toBe(
      '1 of 3 uploaded',
    );
    // A file added once the others had gone is not left out of the count.
    expect(overallStatusText(rows('done', 'done', 'done', 'ready'))).toBe(
      '3 of 3 uploaded, 1 more ready to upload',
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
});
