import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { recheckLostUpload } from './unreadLostUpload.ts';

const lost = {
  error: new ApiError({ kind: 'network', message: 'the connection failed', request: 'x' }),
  name: 'Lost answer',
  keysBefore: ['k-1'],
};
const older = { Key: 'k-1', Name: 'Lost answer' };

describe('recheckLostUpload', () => {
  it('finds the file stored in the list loaded again', () => {
    const stored = { Key: 'k-7', Name: 'Lost answer' };
    expect(recheckLostUpload(lost, [older, stored], new Set())).toEqual({ stored });
  });

  it('says Retry is safe when the list loaded again has no new definition of that name', () => {
    expect(recheckLostUpload(lost, [older], new Set())).toEqual({
      message:
        'The connection was lost during the upload. The platform’s list has no new definition named “Lost answer”, so it was not stored: Retry to send it again.',
    });
  });

  it('does not take a definition another file of the batch was stored as', () => {
    const other = { Key: 'k-8', Name: 'Lost answer' };
    expect(recheckLostUpload(lost, [older, other], new Set(['k-8']))).toMatchObject({
      message: expect.stringMatching(/so it was not stored: Retry/),
    });
  });
});
