import { describe, expect, it } from 'vitest';
import { readTargetsParams } from './targetsParams.ts';

const now = new Date('2027-05-01T12:00:00Z');
const read = (qs: string) => readTargetsParams(new URLSearchParams(qs), now);

describe('readTargetsParams', () => {
  it('reads the year and the target type', () => {
    expect(read('year=2031&type=2')).toEqual({ year: 2031, dimensionId: 2 });
  });

  it('falls back to this year and the default type when absent or malformed', () => {
    expect(read('')).toEqual({ year: 2027, dimensionId: null });
    expect(read('year=abc&type=-1')).toEqual({ year: 2027, dimensionId: null });
    expect(read('year=20.5&type=1.5')).toEqual({ year: 2027, dimensionId: null });
    expect(read('year=1800')).toEqual({ year: 2027, dimensionId: null });
  });
});
