import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebaseEdits } from './rebaseEdits.ts';
import { saveConflictText } from './saveConflictText.ts';
import type { AssignmentEdit, TargetAssignmentLike } from './types.ts';

interface Row extends TargetAssignmentLike {
  readonly Note?: string;
}
const row = (id: number, values: number[], locked = false): Row => ({
  TargetAssignmentInfoId: id,
  Values: values,
  Locked: locked,
  Note: `row ${id}`,
});
const group = (rows: Row[], PeriodType = 'Quarter') => ({
  TargetGroupId: 1,
  PeriodType,
  Extra: 'kept',
  TargetAssignments: rows,
});
const byId = (rows: Row[]) => new Map(rows.map((r) => [r.TargetAssignmentInfoId, r]));
const edit = (values: number[], locked = false): AssignmentEdit => ({ values, locked });

describe('rebaseEdits', () => {
  const loaded = [row(1, [1, 2, 3, 4]), row(2, [5, 6, 7, 8])];

  it('keeps what someone else saved meanwhile and puts only the changed cells on top', () => {
    // They changed row 2 (February); the planner changed row 1 (January).
    const current = group([row(1, [1, 2, 3, 4]), row(2, [5, 11111, 7, 8])]);
    const r = rebaseEdits(group(loaded), byId(loaded), new Map([[1, edit([9, 2, 3, 4])]]), current);
    expect(r).toMatchObject({ ok: true, othersChanged: true });
    if (!r.ok) return;
    expect(r.payload.Extra).toBe('kept');
    expect(r.payload.TargetAssignments.map((a) => a.Values)).toEqual([
      [9, 2, 3, 4],
      [5, 11111, 7, 8],
    ]);
    expect(r.payload.TargetAssignments[0].Note).toBe('row 1');
    expect(r.payload.TargetAssignments[1]).toBe(current.TargetAssignments[1]);
  });

  it('does not send back a lock the planner never touched', () => {
    const current = group([row(1, [1, 2, 3, 4]), row(2, [5, 6, 7, 8], true)]);
    const r = rebaseEdits(group(loaded), byId(loaded), new Map([[1, edit([9, 2, 3, 4])]]), current);
    expect(r.ok && r.payload.TargetAssignments[1].Locked).toBe(true);
  });

  it('says nobody else changed anything when the group is as loaded', () => {
    const r = rebaseEdits(
      group(loaded),
      byId(loaded),
      new Map([[1, edit([9, 2, 3, 4])]]),
      group(loaded.map((a) => ({ ...a, Values: [...a.Values] }))),
    );
    expect(r).toMatchObject({ ok: true, othersChanged: false });
  });

  it('does not take the planner’s own values, already stored, for someone else’s', () => {
    // A save whose answer was lost had stored them; the planner saves again.
    const current = group([row(1, [9, 2, 3, 4]), row(2, [5, 6, 7, 8])]);
    const r = rebaseEdits(group(loaded), byId(loaded), new Map([[1, edit([9, 2, 3, 4])]]), current);
    expect(r).toMatchObject({ ok: true, othersChanged: false });
    // Someone else's value beside them still counts.
    const theirs = group([row(1, [9, 20, 3, 4]), row(2, [5, 6, 7, 8])]);
    const t = rebaseEdits(group(loaded), byId(loaded), new Map([[1, edit([9, 2, 3, 4])]]), theirs);
    expect(t).toMatchObject({ ok: true, othersChanged: true });
  });

  it('reports the same cell changed by both, a row locked or removed since, a new period type', () => {
    const edits = new Map([
      [1, edit([9, 2, 3, 4])],
      [2, edit([5, 6, 70, 8])],
    ]);
    const cell = rebaseEdits(
      group(loaded),
      byId(loaded),
      edits,
      group([row(1, [12, 2, 3, 4]), row(2, [5, 6, 7, 8])]),
    );
    expect(cell).toEqual({
      ok: false,
      conflicts: [{ kind: 'cell', assignmentId: 1, period: 0, theirs: 12, yours: 9 }],
    });
    const locked = rebaseEdits(
      group(loaded),
      byId(loaded),
      edits,
      group([row(1, [1, 2, 3, 4]), row(2, [5, 6, 7, 8], true)]),
    );
    expect(locked).toEqual({ ok: false, conflicts: [{ kind: 'locked', assignmentId: 2 }] });
    const removed = rebaseEdits(group(loaded), byId(loaded), edits, group([row(1, [1, 2, 3, 4])]));
    expect(removed).toEqual({ ok: false, conflicts: [{ kind: 'removed', assignmentId: 2 }] });
    const periods = rebaseEdits(
      group(loaded),
      byId(loaded),
      edits,
      group([row(1, [1, 2]), row(2, [5, 6])], 'HalfYear'),
    );
    expect(periods).toEqual({ ok: false, conflicts: [{ kind: 'periods' }] });
  });

  it('is no conflict when both typed the same value', () => {
    const r = rebaseEdits(
      group(loaded),
      byId(loaded),
      new Map([[1, edit([9, 2, 3, 4])]]),
      group([row(1, [9, 2, 3, 4]), row(2, [5, 6, 7, 8])]),
    );
    expect(r.ok).toBe(true);
  });

  // Loaded rows, what someone else saved over them, and the planner's edits over the loaded rows.
  const scenario = fc
    .array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    })
    .chain((base) =>
      fc.record({
        base: fc.constant(base),
        theirs: fc
          .constant(base)
          .chain((b) =>
            fc.tuple(
              ...b.map((v) =>
                fc
                  .array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 })
                  .map((t) => t.map((x, p) => (x === 0 ? v[p] : x))),
              ),
            ),
          ),
        mine: fc
          .constant(base)
          .chain((b) =>
            fc.tuple(
              ...b.map((v) =>
                fc
                  .array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 })
                  .map((t) => t.map((x, p) => (x === 0 ? v[p] : x))),
              ),
            ),
          ),
      }),
    );

  it('never changes a cell the planner did not change, and applies every change that meets none of theirs', () => {
    fc.assert(
      fc.property(scenario, ({ base, theirs, mine }) => {
        const loadedRows = base.map((v, i) => row(i + 1, v));
        const edits = new Map<number, AssignmentEdit>();
        mine.forEach((v, i) => {
          if (v.some((x, p) => x !== base[i][p])) edits.set(i + 1, edit(v));
        });
        const current = group(theirs.map((v, i) => row(i + 1, v)));
        const r = rebaseEdits(group(loadedRows), byId(loadedRows), edits, current);
        const clash = base.some((b, i) =>
          b.some((x, p) => mine[i][p] !== x && theirs[i][p] !== x && theirs[i][p] !== mine[i][p]),
        );
        expect(r.ok).toBe(!clash);
        if (!r.ok) return;
        r.payload.TargetAssignments.forEach((a, i) => {
          a.Values.forEach((v, p) => {
            expect(v).toBe(mine[i][p] !== base[i][p] ? mine[i][p] : theirs[i][p]);
          });
        });
      }),
    );
  });
});

describe('saveConflictText', () => {
  it('names the rows and cells, both values, and what to do', () => {
    const t = saveConflictText(
      [
        { kind: 'cell', assignmentId: 1, period: 1, theirs: 11111, yours: 12000 },
        { kind: 'locked', assignmentId: 2 },
      ],
      (id) => (id === 1 ? 'Olivia Grant' : 'Sofie Strand'),
      (p) => ['January', 'February'][p],
      (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2 }),
    );
    expect(t.text).toBe(
      'Someone saved these targets after you opened them and changed what you changed too: Olivia Grant, February (theirs 11,111.00, yours 12,000.00). They locked rows you changed: Sofie Strand. Reload to see their values, then save again. Your other changes are kept and come back on top of their values; those to Sofie Strand cannot be kept, so note them first.',
    );
    expect(t.reload).toBe(true);
  });

  it('promises only what a reload brings back', () => {
    const name = () => 'Olivia Grant';
    const month = () => 'March';
    const cellsOnly = saveConflictText(
      [{ kind: 'cell', assignmentId: 1, period: 2, theirs: 1, yours: 2 }],
      name,
      month,
      String,
    );
    expect(cellsOnly.text).toMatch(/your changes are kept and come back on top of them/);
    // A new period type: the draft is not restored, so it must not say it comes back.
    const periods = saveConflictText([{ kind: 'periods' }], name, month, String);
    expect(periods.text).not.toMatch(/come back on top/);
    expect(periods.text).toMatch(/will not come back after a reload: note them first/);
    const removed = saveConflictText([{ kind: 'removed', assignmentId: 1 }], name, month, String);
    expect(removed.text).toMatch(/those to Olivia Grant cannot be kept/);
  });
});
