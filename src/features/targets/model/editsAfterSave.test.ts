import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAssignments } from './edits.ts';
import { editsAfterSave } from './editsAfterSave.ts';
import type { AssignmentEdit, Edits } from './types.ts';

const loaded = indexAssignments([
  { TargetAssignmentInfoId: 1, Values: [1, 2, 3], Locked: false },
  { TargetAssignmentInfoId: 2, Values: [4, 5, 6], Locked: false },
  { TargetAssignmentInfoId: 3, Values: [7, 8, 9], Locked: true },
]);

/** Each row as the loaded values with `edits` on top. */
const stateOf = (base: ReadonlyMap<number, AssignmentEdit>, edits: Edits) =>
  new Map([...base].map(([id, row]) => [id, edits.get(id) ?? row]));
const loadedState = new Map(
  [...loaded].map(([id, a]) => [id, { values: a.Values, locked: a.Locked }]),
);

describe('editsAfterSave', () => {
  it('is empty when nothing changed during the save', () => {
    const sent: Edits = new Map([[1, { values: [9, 2, 3], locked: false }]]);
    expect(editsAfterSave(loaded, sent, sent).size).toBe(0);
    expect(editsAfterSave(loaded, sent, new Map(sent)).size).toBe(0);
  });

  it('keeps a value typed during the save, and a row undone to its loaded values', () => {
    const sent: Edits = new Map([[1, { values: [9, 2, 3], locked: false }]]);
    const now: Edits = new Map([
      [2, { values: [4, 50, 6], locked: false }], // typed during the save
    ]); // row 1 undone during the save
    expect(editsAfterSave(loaded, sent, now)).toEqual(
      new Map([
        [1, { values: [1, 2, 3], locked: false }],
        [2, { values: [4, 50, 6], locked: false }],
      ]),
    );
  });

  it('the saved state with the carried edits on top is exactly what the user sees', () => {
    const edit = fc.record({
      values: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 }),
      locked: fc.boolean(),
    });
    const edits = fc
      .dictionary(fc.constantFrom('1', '2', '3'), edit)
      .map((d) => new Map(Object.entries(d).map(([k, v]) => [Number(k), v])) as Edits);
    fc.assert(
      fc.property(edits, edits, (sent, now) => {
        const saved = stateOf(loadedState, sent);
        const carried = editsAfterSave(loaded, sent, now);
        expect(stateOf(saved, carried)).toEqual(stateOf(loadedState, now));
        // Only rows that differ from the saved state are carried.
        for (const [id, e] of carried) expect(e).not.toEqual(saved.get(id));
      }),
    );
  });

  it('puts what was typed during the save on the saved rows, keeping what someone else saved', () => {
    const sent: Edits = new Map([[1, { values: [9, 2, 3], locked: false }]]);
    // During the save: row 1's March and row 2's January typed.
    const now: Edits = new Map([
      [1, { values: [9, 2, 30], locked: false }],
      [2, { values: [40, 5, 6], locked: false }],
    ]);
    // Someone else had saved row 1's February and row 2's March meanwhile.
    const saved = indexAssignments([
      { TargetAssignmentInfoId: 1, Values: [9, 20, 3], Locked: false },
      { TargetAssignmentInfoId: 2, Values: [4, 5, 60], Locked: false },
      { TargetAssignmentInfoId: 3, Values: [7, 8, 9], Locked: true },
    ]);
    expect([...editsAfterSave(loaded, sent, now, saved)]).toEqual([
      [1, { values: [9, 20, 30], locked: false }],
      [2, { values: [40, 5, 60], locked: false }],
    ]);
  });
});
