import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkParentheses, nestingDepths } from './parentheses.ts';

const p = (...ns: number[]) => ns.map((InterParenthesis) => ({ InterParenthesis }));

describe('parentheses', () => {
  it('accepts balanced groups and no parentheses', () => {
    expect(checkParentheses([])).toEqual({ ok: true });
    expect(checkParentheses(p(1, -1, 0))).toEqual({ ok: true });
    expect(checkParentheses(p(2, 0, -1, -1))).toEqual({ ok: true });
    expect(checkParentheses([{}, { InterParenthesis: null }])).toEqual({ ok: true });
  });

  it('refuses a parenthesis closed before it is opened, naming the condition', () => {
    expect(checkParentheses(p(-1, 1))).toMatchObject({ ok: false, index: 0 });
    expect(checkParentheses(p(1, -2, 1))).toMatchObject({
      ok: false,
      index: 1,
      message: 'Condition 2 closes a parenthesis that was never opened.',
    });
  });

  it('refuses parentheses left open', () => {
    expect(checkParentheses(p(1, 0))).toMatchObject({
      ok: false,
      message: 'One parenthesis is opened but never closed.',
    });
    expect(checkParentheses(p(3, -1))).toMatchObject({
      ok: false,
      message: '2 parentheses are opened but never closed.',
    });
  });

  it('is ok exactly when no prefix sum is negative and the total is 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 })), (ns) => {
        let sum = 0;
        let neg = false;
        for (const n of ns) {
          sum += n;
          if (sum < 0) neg = true;
        }
        expect(checkParentheses(p(...ns)).ok).toBe(!neg && sum === 0);
      }),
    );
  });

  it('gives each condition the depth it sits at', () => {
    expect(nestingDepths(p(1, -1, 0))).toEqual([1, 1, 0]);
    expect(nestingDepths(p(2, 0, -1, -1))).toEqual([2, 2, 2, 1]);
  });
});
