import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { readResponse } from './akanaTransport.ts';
import { deleteResultSchema, workflowDefinitionSchema } from './schemas.ts';
import { sampleResponse2 } from './fixtures/seedPageSamples.ts';

const fail = (status: number, text: string) => {
  try {
    readResponse(status, '', text, workflowDefinitionSchema, 'POST /api/workflow/definitions');
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a failure');
};

describe('readResponse', () => {
  it('parses a 200 definition and the text true of DELETE', () => {
    expect(readResponse(200, 'OK', sampleResponse2, workflowDefinitionSchema, 'x').Name).toBe(
      'Model Workflow v3',
    );
    expect(readResponse(200, 'OK', 'true', deleteResultSchema, 'x')).toBe(true);
  });

  it('turns 401, 406 and 500 into ApiErrors with the server message', () => {
    const e401 = fail(401, '{"code":401,"message":"Login required"}');
    expect(e401).toBeInstanceOf(ApiError);
    expect(e401.isUnauthorized).toBe(true);
    expect(fail(406, '{"code":406,"message":"Not Acceptable: use application/json"}').message).toBe(
      'Not Acceptable: use application/json',
    );
    const e500 = fail(500, '<html><body>Internal failure</body></html>');
    expect(e500.status).toBe(500);
    expect(e500.message).toBe('Internal failure');
  });

  // A 406 is refused before anything is done (seed page: "an incorrect media type for the Accept
  // header"); the platform's own words are not written for users, and trying again cannot help.
  it('says what a 406 means for the user: nothing done, and trying again will not help', () => {
    const e = fail(406, '{"code":406,"message":"Not Acceptable: use application/json"}');
    expect(e.userMessage).toBe(
      'The server would not answer in the format Flowdesk asked for (406 Not Acceptable), so nothing was done. Trying again will not help: tell your administrator.',
    );
  });

  it('keeps the field the server named', () => {
    expect(
      fail(400, '{"code":400,"message":"The Name key is required","field":"Name"}').field,
    ).toBe('Name');
  });

  it('reports a body of the wrong shape as a parse error', () => {
    const e = fail(200, '{"Name": 3}');
    expect(e.kind).toBe('parse');
  });
});
