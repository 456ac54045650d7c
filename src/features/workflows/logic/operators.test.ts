import { describe, expect, it } from 'vitest';
import { defaultOperator, fitValues, operatorInfo, operatorsByType } from './operators.ts';

describe('operators per field type', () => {
  it('offers type-fitting operators, each once', () => {
    for (const [type, ops] of Object.entries(operatorsByType)) {
      expect(ops.length, type).toBeGreaterThan(0);
      expect(new Set(ops.map((o) => o.value)).size, type).toBe(ops.length);
    }
    expect(operatorsByType.list.map((o) => o.value)).toContain('oneOf');
    expect(operatorsByType.number.map((o) => o.value)).not.toContain('contains');
    expect(defaultOperator('text')).toBe('contains');
  });

  it('keeps unknown operators as they are', () => {
    expect(operatorInfo('number', 'fuzzy')).toEqual({
      value: 'fuzzy',
      label: 'fuzzy',
      arity: 'one',
    });
    expect(operatorInfo('date', 'between').arity).toBe('two');
  });

  it('fits values to the arity', () => {
    expect(fitValues(['a', 'b'], 'none')).toEqual([]);
    expect(fitValues([], 'one')).toEqual(['']);
    expect(fitValues(['a'], 'two')).toEqual(['a', '']);
    expect(fitValues(['a', '', 'c'], 'many')).toEqual(['a', 'c']);
  });
});
