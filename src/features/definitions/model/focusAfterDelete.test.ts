import { describe, expect, it } from 'vitest';
import { rowToFocusAfterDelete } from './focusAfterDelete.ts';

describe('rowToFocusAfterDelete', () => {
  it('picks the row that moved into the deleted row’s place', () => {
    expect(rowToFocusAfterDelete(['a', 'b', 'c'], 'b', ['a', 'c'])).toBe('c');
    expect(rowToFocusAfterDelete(['a', 'b', 'c'], 'a', ['b', 'c'])).toBe('b');
  });

  it('picks the previous row when the last one was deleted', () => {
    expect(rowToFocusAfterDelete(['a', 'b', 'c'], 'c', ['a', 'b'])).toBe('b');
  });

  it('skips rows that left the list meanwhile', () => {
    expect(rowToFocusAfterDelete(['a', 'b', 'c', 'd'], 'b', ['a', 'd'])).toBe('d');
    expect(rowToFocusAfterDelete(['a', 'b', 'c'], 'c', ['a'])).toBe('a');
  });

  it('falls back to the same position when no old row is left', () => {
    expect(rowToFocusAfterDelete(['a', 'b'], 'b', ['x', 'y'])).toBe('y');
    expect(rowToFocusAfterDelete(['a', 'b'], 'a', ['x', 'y'])).toBe('x');
  });

  it('gives null for an empty list', () => {
    expect(rowToFocusAfterDelete(['a'], 'a', [])).toBeNull();
  });
});
