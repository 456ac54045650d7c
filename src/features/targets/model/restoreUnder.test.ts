import { describe, expect, it } from 'vitest';
import type { DraftBase } from './draft.ts';
import type { Edits } from './types.ts';
import { restoreUnder } from './restoreUnder.ts';

const loaded = new Map<number, DraftBase>([
  [1, { values: [1, 2, 3], locked: false }],
  [2, { values: [4, 5, 6], locked: false }],
  [3, { values: [7, 8, 9], locked: false }],
]);
const loadedOf = (id: number) => loaded.get(id);
const edits = (e: [number, number[], boolean?][]): Edits =>
  new Map(e.map(([id, values, locked = false]) => [id, { values, locked }]));

describe('restoreUnder', () => {
  it('is the draft itself when nothing was edited meanwhile', () => {
    const restored = edits([[1, [9, 2, 3]]]);
    expect(restoreUnder(restored, new Map(), loadedOf)).toBe(restored);
  });

  it('keeps what the planner changed meanwhile, and the draft’s other cells and rows', () => {
    const restored = edits([
      [1, [10, 20, 3]],
      [2, [4, 50, 6], true],
    ]);
    const meanwhile = edits([
      [1, [11, 2, 3]],
      [3, [7, 8, 90]],
    ]);
    expect(Object.fromEntries(restoreUnder(restored, meanwhile, loadedOf))).toEqual({
      1: { values: [11, 20, 3], locked: false },
      2: { values: [4, 50, 6], locked: true },
      3: { values: [7, 8, 90], locked: false },
    });
  });

  it('keeps a lock the planner changed meanwhile over the draft’s', () => {
    const restored = edits([[1, [10, 2, 3], false]]);
    const meanwhile = edits([[1, [1, 2, 3], true]]);
    expect(restoreUnder(restored, meanwhile, loadedOf).get(1)).toEqual({
      values: [10, 2, 3],
      locked: true,
    });
  });
});
