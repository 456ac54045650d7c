import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from './edits.ts';
import {
  canRedo,
  canUndo,
  createUndoStack,
  invertAction,
  pushAction,
  redo,
  undo,
} from './undoStack.ts';
import type { CellChange, EditAction, Edits, LockChange, TargetAssignmentLike } from './types.ts';

const act = (label: string, after: number): EditAction => ({
  label,
  cells: [{ assignmentId: 1, period: 0, before: after - 1, after }],
  locks: [],
});

describe('undoStack', () => {
  it('undoes and redoes whole actions; a new action clears redo', () => {
    let s = createUndoStack();
    s = pushAction(s, act('a', 1));
    s = pushAction(s, act('b', 2));
    const u = undo(s);
    expect(u.apply?.cells[0]).toEqual({ assignmentId: 1, period: 0, before: 2, after: 1 });
    expect(canRedo(u.stack)).toBe(true);
    const r = redo(u.stack);
    expect(r.apply?.label).toBe('b');
    const n = pushAction(u.stack, act('c', 3));
    expect(canRedo(n)).toBe(false);
    expect(n.past.map((a) => a.label)).toEqual(['a', 'c']);
  });

  it('caps the history and ignores empty actions', () => {
    let s = createUndoStack(2);
    for (const l of ['a', 'b', 'c']) s = pushAction(s, act(l, 1));
    expect(s.past.map((a) => a.label)).toEqual(['b', 'c']);
    expect(pushAction(s, { label: 'x', cells: [], locks: [] })).toBe(s);
    expect(undo(createUndoStack()).apply).toBeNull();
    expect(redo(createUndoStack()).apply).toBeNull();
    expect(canUndo(createUndoStack())).toBe(false);
  });

  it('inverts lock changes too', () => {
    const a: EditAction = {
      label: 'l',
      cells: [],
      locks: [{ assignmentId: 4, before: false, after: true }],
    };
    expect(invertAction(a).locks).toEqual([{ assignmentId: 4, before: true, after: false }]);
  });

  it('undoing everything restores the loaded state; redoing everything restores the edits', () => {
    const loaded = new Map<number, TargetAssignmentLike>(
      [1, 2, 3].map((id) => [
        id,
        { TargetAssignmentInfoId: id, Values: [0, 0, 0, 0], Locked: false },
      ]),
    );
    const change = fc.record({
      id: fc.constantFrom(1, 2, 3),
      period: fc.integer({ min: 0, max: 3 }),
      value: fc.integer({ min: -5, max: 5 }),
      lock: fc.option(fc.boolean()),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { maxLength: 15 }),
        (actions) => {
          let edits: Edits = new Map();
          let stack = createUndoStack(100);
          for (const changes of actions) {
            const cells: CellChange[] = [];
            const locks: LockChange[] = [];
            for (const c of changes) {
              // Applied change by change so each "before" is the value at that moment.
              const cur = edits.get(c.id) ?? { values: loaded.get(c.id)!.Values, locked: false };
              const one: EditAction = {
                label: '',
                cells: [
                  {
                    assignmentId: c.id,
                    period: c.period,
                    before: cur.values[c.period],
                    after: c.value,
                  },
                ],
                locks:
                  c.lock === null
                    ? []
                    : [{ assignmentId: c.id, before: cur.locked, after: c.lock }],
              };
              cells.push(...one.cells);
              locks.push(...one.locks);
              edits = applyAction(edits, one, loaded);
            }
            stack = pushAction(stack, { label: 'x', cells, locks });
          }
          const final = edits;
          while (canUndo(stack)) {
            const u = undo(stack);
            stack = u.stack;
            edits = applyAction(edits, u.apply!, loaded);
          }
          expect(edits.size).toBe(0);
          while (canRedo(stack)) {
            const r = redo(stack);
            stack = r.stack;
            edits = applyAction(edits, r.apply!, loaded);
          }
          expect(edits).toEqual(final);
        },
      ),
    );
  });
});
