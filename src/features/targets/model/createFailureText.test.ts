import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { createFailureText } from './createFailureText.ts';

const request = 'POST /api/v1/Agents/Targets/SaveTargetGroup';

describe('createFailureText', () => {
  it('does not say "not created" when the answer leaves it open, and offers to check', () => {
    const empty = new ApiError({
      kind: 'parse',
      message: 'TargetGroupId: the answer is group 0, not a new group',
      request,
    });
    expect(createFailureText(empty, 2073)).toEqual({
      title: 'The targets for 2073 could not be confirmed',
      text: 'The server answered, but with data Flowdesk does not understand (TargetGroupId: the answer is group 0, not a new group), so the targets for 2073 may or may not have been created. Check whether they exist before creating them again.',
      check: 'Check the targets for 2073',
    });
    const proxy = new ApiError({ kind: 'http', status: 504, message: '504', request });
    expect(createFailureText(proxy, 2073).text).toMatch(
      /^A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the targets for 2073 may or may not/,
    );
    const lost = new ApiError({ kind: 'network', message: 'Failed to fetch', request });
    expect(createFailureText(lost, 2073).title).toBe('The targets for 2073 could not be confirmed');
  });

  it('says a refusal was not created, in the server’s words', () => {
    const refused = new ApiError({
      kind: 'http',
      status: 400,
      message: 'Year must be between 1990 and 2100.',
      request,
    });
    expect(createFailureText(refused, 2073)).toEqual({
      title: 'The targets were not created',
      text: 'Year must be between 1990 and 2100.',
    });
  });
});

describe('createFailureText, when the year has targets already', () => {
  const exists = new ApiError({
    kind: 'http',
    status: 400,
    field: 'Year',
    message: '“All sales” targets for 2026 already exist. Choose another year.',
    request,
  });

  it('offers to open them rather than to choose another year', () => {
    const text = createFailureText(exists, 2026);
    expect(text).toMatchObject({
      title: 'The targets for 2026 already exist',
      text: '“All sales” targets for 2026 already exist. Nothing new was created: open them to see and change them.',
      check: 'Open the targets for 2026',
    });
    expect(text.ifMissing?.title).toBe('The targets for 2026 could not be opened');
  });
});
