import { describe, expect, it } from 'vitest';
import { yesNo } from './yesNo.ts';

describe('yesNo', () => {
  it('reads 1/0 and true/false in any case', () => {
    expect(['1', 'True', 'true', 'TRUE', ' true '].map(yesNo)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0', 'False', 'false', 'FALSE'].map(yesNo)).toEqual([false, false, false, false]);
  });

  it('reads nothing else as yes or no', () => {
    expect(['', 'maybe', '2', undefined].map(yesNo)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
