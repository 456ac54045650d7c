import { describe, expect, it } from 'vitest';
import {
  batchLeftText,
  cancelStage,
  cancelledText,
  checkedAfterCancelText,
  maybeStoredNote,
  removedText,
  type CancelledUpload,
} from './batchActionText.ts';
import { file, row } from '../fixtures/batchRows.ts';
import type { RowStatus } from './batchRow.ts';

const status = (...statuses: RowStatus[]) => statuses.map((s, i) => row(`r${i}`, { status: s }));

describe('batchLeftText', () => {
  it('says how many files are left and what state they are in', () => {
    expect(batchLeftText(status('ready', 'ready'))).toBe('2 files left, ready to upload.');
    expect(batchLeftText(status('invalid'))).toBe('1 file left, not valid.');
    expect(batchLeftText(status('done', 'ready', 'invalid', 'ready'))).toBe(
      '4 files left: 2 ready to upload, 1 uploaded, 1 not valid.',
    );
    expect(batchLeftText(status('uploading', 'queued', 'cancelled'))).toBe(
      '3 files left: 1 uploading, 1 waiting, 1 cancelled.',
    );
  });

  it('says so when the batch is empty', () => {
    expect(batchLeftText([])).toBe('No files left in the batch.');
  });
});

describe('removedText', () => {
  it('names the file removed, as shown, then what is left', () => {
    expect(removedText(file('broken\u202E.xml'), status('ready', 'ready'))).toBe(
      'Removed broken.xml. 2 files left, ready to upload.',
    );
  });
});

describe('cancelStage', () => {
  it('tells a waiting file, one partly sent and one sent whole apart', () => {
    expect(cancelStage({ status: 'queued', progress: 0 })).toBe('waiting');
    expect(cancelStage({ status: 'uploading', progress: 0.4 })).toBe('sending');
    expect(cancelStage({ status: 'uploading', progress: 1 })).toBe('sentAll');
  });
});

const cancelled = (name: string, stage: CancelledUpload['stage']): CancelledUpload => ({
  file: file(`${name.toLowerCase()}.xml`),
  name,
  stage,
});

describe('cancelledText', () => {
  it('says what one cancel did and what Retry does', () => {
    expect(cancelledText([cancelled('A', 'sending')])).toBe(
      'Cancelled the upload of a.xml; it was not stored. Retry sends it again.',
    );
    expect(cancelledText([cancelled('A', 'waiting')])).toBe(
      'Cancelled the upload of a.xml before it started; nothing was sent. Retry sends it.',
    );
  });

  it('does not say “not stored” of a file sent whole: the page checks the platform’s list', () => {
    expect(cancelledText([cancelled('A', 'sentAll')])).toBe(
      'Cancelled the upload of a.xml after the whole file was sent, so the platform may have stored it: checking its list for “A”.',
    );
  });

  it('sums up Cancel all', () => {
    expect(cancelledText([cancelled('A', 'sending'), cancelled('B', 'waiting')])).toBe(
      'Cancelled the uploads of 2 files; none was stored. They are ready to upload again.',
    );
    expect(
      cancelledText([
        cancelled('A', 'sentAll'),
        cancelled('B', 'waiting'),
        cancelled('C', 'sentAll'),
      ]),
    ).toBe(
      'Cancelled the uploads of 3 files. 1 was not stored. 2 of them had been sent whole, so the platform may have stored them: checking its list for “A” and “C”.',
    );
    expect(cancelledText([cancelled('A', 'sentAll'), cancelled('B', 'sending')])).toBe(
      'Cancelled the uploads of 2 files. 1 was not stored. a.xml had been sent whole, so the platform may have stored it: checking its list for “A”.',
    );
  });
});

describe('checkedAfterCancelText', () => {
  it('says a file stored despite its cancel was stored, and offers to delete it', () => {
    expect(checkedAfterCancelText('A', 'stored')).toEqual({
      note: 'The whole file had been sent when its upload was cancelled, and the platform stored it anyway as “A”. Delete it if you did not want it.',
      said: '“A” was stored although its upload was cancelled. Delete it in its row if you did not want it.',
    });
  });

  it('says one the list does not have was not stored, so Retry is safe', () => {
    expect(checkedAfterCancelText('A', 'notStored')).toEqual({
      note: 'The platform’s list, read after the cancel, has no new definition named “A”: it was not stored. Retry sends it again.',
      said: '“A” was not stored. Retry sends it again.',
    });
  });

  it('points to the list when it cannot tell', () => {
    expect(checkedAfterCancelText('A', 'unknown').note).toBe(maybeStoredNote('A'));
  });
});
