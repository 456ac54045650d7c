import { describe, expect, it } from 'vitest';
import { recheckDelayMs } from './recheckDelay.ts';

describe('recheckDelayMs', () => {
  it('starts at 2 s and doubles up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(recheckDelayMs)).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
