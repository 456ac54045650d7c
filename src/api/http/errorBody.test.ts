import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './errorBody.ts';

describe('parseErrorBody', () => {
  it('reads the documented SuperOffice error body', () => {
    const body = JSON.stringify({
      Error: true,
      ErrorType: 'SoNotFoundException',
      ErrorMessage: 'Contact id 99999 not found',
      ErrorSource: 'SuperOffice.Services.Implementation',
    });
    expect(parseErrorBody(body)).toEqual({
      type: 'SoNotFoundException',
      message: 'Contact id 99999 not found',
      field: undefined,
    });
  });

  it('keeps the field the sandbox names', () => {
    const body = JSON.stringify({
      Error: true,
      ErrorType: 'SoValidationException',
      ErrorMessage: 'Too long',
      ErrorField: 'Name',
    });
    expect(parseErrorBody(body).field).toBe('Name');
  });

  it('reads the SoExceptionInfo shape and Akana errors', () => {
    expect(parseErrorBody(JSON.stringify({ Message: 'Boom', ExceptionType: 'X' }))).toMatchObject({
      message: 'Boom',
      type: 'X',
    });
    expect(parseErrorBody(JSON.stringify({ code: 406, message: 'Not acceptable' }))).toMatchObject({
      message: 'Not acceptable',
      type: '406',
    });
  });

  it('turns HTML and text into one readable line, and survives nonsense', () => {
    expect(parseErrorBody('<html><body><h1>Bad Gateway</h1></body></html>').message).toBe(
      'Bad Gateway',
    );
    expect(parseErrorBody('')).toEqual({});
    expect(parseErrorBody('[1,2]')).toEqual({});
    expect(parseErrorBody('"plain"')).toEqual({ message: 'plain' });
  });
});
