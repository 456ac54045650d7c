import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyUndo, popUndo, pushUndo } from './undoStack.ts';

describe('undo stack', () => {
  it('gives states back in reverse order of recording', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), (states) => {
        let s = emptyUndo<number>();
        for (const x of states) s = pushUndo(s, x, `set ${x}`);
        const back: number[] = [];
        for (let p = popUndo(s); p; p = popUndo(p.rest)) back.push(p.entry.state);
        expect(back).toEqual(states.slice().reverse());
      }),
    );
  });

  it('keeps at most `limit` entries, dropping the oldest', () => {
    let s = emptyUndo<number>();
    for (let i = 0; i < 5; i++) s = pushUndo(s, i, String(i), 3);
    expect(s.entries.map((e) => e.state)).toEqual([2, 3, 4]);
    expect(popUndo(emptyUndo())).toBeNull();
  });
});
