import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { failureNow, saveFailureText, signedInAgainText } from './saveFailureText.ts';

const request = 'POST /api/v1/Agents/Targets/SaveTargetGroup';

describe('saveFailureText', () => {
  it('does not claim "not saved" when the answer could not be read', () => {
    const t = saveFailureText(new ApiError({ kind: 'parse', message: 'Year: expected', request }));
    expect(t.title).toBe('The save could not be confirmed');
    expect(t.text).toMatch(/may have been saved\. Reload the page .* before saving again/);
    expect(t.text).not.toMatch(/Nothing was changed/);
  });

  it('does not claim "not saved" when the connection went after the save was sent', () => {
    const lost = new ApiError({ kind: 'network', message: 'Failed to fetch', request });
    const t = saveFailureText(lost, undefined, true);
    expect(t.title).toBe('The save could not be confirmed');
    expect(t.text).toMatch(/may or may not have been saved.*press Save again/);
    // Lost while the group was read before the save: nothing was sent.
    expect(saveFailureText(lost).title).toBe('The targets were not saved');
  });

  it('does not claim "not saved" when a proxy answered the save with a 504', () => {
    const proxy = new ApiError({
      kind: 'http',
      status: 504,
      message: '504 Gateway Time-out',
      request,
    });
    expect(saveFailureText(proxy, undefined, true)).toEqual({
      title: 'The save could not be confirmed',
      text: 'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the targets may or may not have been saved. Your changes are still here: wait a moment, then press Save again (saving the same changes again is safe).',
    });
    // A 504 to the read before the save: nothing was sent.
    expect(saveFailureText(proxy).title).toBe('The targets were not saved');
  });

  it('tells the planner to press Save once signed in again after a 401', () => {
    const t = saveFailureText(new ApiError({ kind: 'http', status: 401, message: 'x', request }));
    expect(t).toEqual({
      title: 'The targets were not saved',
      text: 'Your session had expired. Once you are signed in again, press Save: your changes are still here.',
      sessionExpired: true,
    });
  });

  it('once signed in again after the 401, says so instead of asking to sign in', () => {
    const expired = {
      ...saveFailureText(new ApiError({ kind: 'http', status: 401, message: 'x', request })),
      renewalsAt: 2,
    };
    expect(failureNow(expired, 2)).toBe(expired);
    expect(failureNow(expired, 3)?.text).toBe(signedInAgainText);
    expect(signedInAgainText).toBe(
      'Your session had expired. You are signed in again: press Save to save your changes, which are still here.',
    );
    // Other failures read the same whatever the sign-ins.
    const other = saveFailureText(
      new ApiError({ kind: 'http', status: 500, message: 'x', request }),
    );
    expect(failureNow(other, 9)).toBe(other);
    expect(failureNow(null, 9)).toBeNull();
  });

  it("otherwise says the error's own sentence", () => {
    const refused = new ApiError({
      kind: 'http',
      status: 400,
      message: 'Row 3 is locked',
      request,
    });
    expect(saveFailureText(refused)).toEqual({
      title: 'The targets were not saved',
      text: 'Row 3 is locked',
    });
    expect(saveFailureText(new Error('boom')).text).toBe('boom');
  });
});

describe('saveFailureText with the rows sent', () => {
  it('names the row instead of its place in the body', () => {
    const refused = new ApiError({
      kind: 'http',
      status: 400,
      message: 'TargetAssignments[5].Locked: you may not unlock targets',
      request,
    });
    expect(saveFailureText(refused, (i) => (i === 5 ? 'Olivia Grant' : undefined)).text).toBe(
      'Olivia Grant: you may not unlock targets.',
    );
    expect(saveFailureText(refused, () => undefined).text).toBe(
      'TargetAssignments[5].Locked: you may not unlock targets',
    );
  });
});
