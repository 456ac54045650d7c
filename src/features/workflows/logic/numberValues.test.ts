import { describe, expect, it } from 'vitest';
import {
  countsWholeNumbers,
  invariantNumbers,
  numberValueProblem,
  takesNumbers,
} from './numberValues.ts';

describe('number condition values', () => {
  it('are number fields and day counts', () => {
    expect(takesNumbers('number', '>=')).toBe(true);
    expect(takesNumbers('date', 'lastXDays')).toBe(true);
    expect(takesNumbers('date', 'before')).toBe(false);
    expect(takesNumbers('text', 'contains')).toBe(false);
    expect(takesNumbers(undefined, '=')).toBe(false);
  });

  it('refuse text that is not a number, naming it', () => {
    expect(numberValueProblem('>=', ['lots'])).toBe(
      '“lots” is not a number. Enter a number, e.g. 50000.',
    );
    expect(numberValueProblem('between', ['10', '2x'])).toMatch(/“2x” is not a number/);
    expect(numberValueProblem('>=', ['50000'])).toBeNull();
    expect(numberValueProblem('>=', ['1 234,5'])).toBeNull();
    expect(numberValueProblem('<', ['-12.5'])).toBeNull();
    // Blanks are missingValues' business.
    expect(numberValueProblem('between', ['', '5'])).toBeNull();
  });

  it('want a whole number of days', () => {
    expect(numberValueProblem('lastXDays', ['30'])).toBeNull();
    expect(numberValueProblem('lastXDays', ['2,5'])).toBe('Enter a whole number of days, e.g. 30.');
    expect(numberValueProblem('lastXDays', ['-3'])).toBe('Enter a whole number of days, e.g. 30.');
    // Not "Enter a number, e.g. 50000.": that is no count of days.
    expect(numberValueProblem('lastXDays', ['3 weeks'])).toBe(
      '“3 weeks” is not a number. Enter a whole number of days, e.g. 30.',
    );
  });

  it('of a field that counts things are whole numbers', () => {
    expect(numberValueProblem('>', ['lots'], 'Number of sales')).toBe(
      '“lots” is not a number. Number of sales is a count, so enter a whole number, e.g. 3.',
    );
    expect(numberValueProblem('>=', ['1 234,5'], 'Number of sales')).toBe(
      'Number of sales is a count, so enter a whole number, e.g. 3.',
    );
    expect(numberValueProblem('between', ['2', '3.5'], 'Number of sales')).toMatch(/is a count/);
    expect(numberValueProblem('>=', ['1 234'], 'Number of sales')).toBeNull();
    expect(numberValueProblem('>=', ['0'], 'Number of sales')).toBeNull();
    expect(numberValueProblem('>=', ['-3'], 'Number of sales')).toBe(
      'Number of sales is a count, so it cannot be below 0. Enter 0 or more, e.g. 3.',
    );
    expect(numberValueProblem('between', ['1', '-2'], 'Number of sales')).toMatch(/below 0/);
    expect(countsWholeNumbers({ ColumnInfo: { RestrictionType: 'int' } })).toBe(true);
    expect(countsWholeNumbers({ ColumnInfo: { RestrictionType: 'positiveInt' } })).toBe(true);
    expect(countsWholeNumbers({ ColumnInfo: { RestrictionType: 'decimal' } })).toBe(false);
    expect(countsWholeNumbers({ ColumnInfo: null })).toBe(false);
    expect(countsWholeNumbers(undefined)).toBe(false);
  });

  it('of a field that counts things fit the server’s 32-bit whole numbers', () => {
    expect(numberValueProblem('>=', ['2147483647'], 'Number of sales')).toBeNull();
    expect(numberValueProblem('>=', ['99999999999999999999'], 'Number of sales')).toBe(
      'Number of sales is a count the server keeps as a whole number up to 2147483647, so “99999999999999999999” is too large. Enter a smaller number.',
    );
    expect(numberValueProblem('between', ['1', '2 147 483 648'], 'Number of sales')).toMatch(
      /“2 147 483 648” is too large/,
    );
    // Not a count: a number field takes what the server's decimal does.
    expect(numberValueProblem('>=', ['99999999999999999999'])).toBeNull();
  });

  it('of "in the last … days" fit the server’s 32-bit whole numbers too', () => {
    expect(numberValueProblem('lastXDays', ['2147483647'])).toBeNull();
    expect(numberValueProblem('lastXDays', ['99999999999999999999'])).toBe(
      '“99999999999999999999” days is more than the server keeps (up to 2147483647). Enter a smaller number of days, e.g. 30.',
    );
  });

  it('are sent in the form the server reads', () => {
    expect(invariantNumbers(['1 234,5', '50000', '1.000.000', ''])).toEqual([
      '1234.5',
      '50000',
      '1000000',
      '',
    ]);
    // Long numbers keep every digit: not '1e+23', not rounded to 12345678901234568.
    expect(invariantNumbers(['99999999999999999999999', '12345678901234567', '007,50'])).toEqual([
      '99999999999999999999999',
      '12345678901234567',
      '7.5',
    ]);
  });
});
