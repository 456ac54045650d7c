import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownChangesOnTop, type OwnRow, type RowState } from './ownChangesOnTop.ts';

const state = (values: number[], locked = false): RowState => ({ values, locked });
const of = (rows: Record<number, RowState>) => (id: number) => rows[id];

describe('ownChangesOnTop', () => {
  it('puts only the changed cells and a changed lock on the row as it is now', () => {
    const own: OwnRow[] = [
      { id: 1, base: state([1, 2, 3]), mine: state([9, 2, 3]) },
      { id: 2, base: state([4, 5, 6]), mine: state([4, 5, 6], true) },
    ];
    const r = ownChangesOnTop(own, of({ 1: state([1, 20, 3]), 2: state([4, 5, 60]) }));
    expect(r.conflicts).toEqual([]);
    expect(r.rows).toEqual(
      new Map([
        [1, { values: [9, 20, 3], locked: false }],
        [2, { values: [4, 5, 60], locked: true }],
      ]),
    );
  });

  it('reports a cell both changed with both values, the planner’s in the result', () => {
    const r = ownChangesOnTop(
      [{ id: 1, base: state([1, 2]), mine: state([9, 2]) }],
      of({ 1: state([7, 2]) }),
    );
    expect(r.conflicts).toEqual([
      { kind: 'cell', assignmentId: 1, period: 0, theirs: 7, yours: 9 },
    ]);
    expect(r.rows.get(1)).toEqual({ values: [9, 2], locked: false });
  });

  it('applies nothing to a row locked, removed or given other periods since, and says which', () => {
    const own: OwnRow[] = [
      { id: 1, base: state([1, 2]), mine: state([9, 2]) },
      { id: 2, base: state([1, 2]), mine: state([9, 2]) },
      { id: 3, base: state([1, 2]), mine: state([9, 2]) },
    ];
    const r = ownChangesOnTop(own, of({ 1: state([1, 2], true), 3: state([1, 1, 1, 1]) }));
    expect(r.rows.size).toBe(0);
    expect(r.conflicts).toEqual([
      { kind: 'locked', assignmentId: 1 },
      { kind: 'removed', assignmentId: 2 },
      { kind: 'periods', assignmentId: 3, from: 2, to: 4 },
    ]);
  });

  it('is nothing when the row now already is what the planner made it', () => {
    const r = ownChangesOnTop(
      [{ id: 1, base: state([1, 2]), mine: state([9, 2], true) }],
      of({ 1: state([9, 2], true) }),
    );
    expect(r).toEqual({ rows: new Map(), conflicts: [] });
  });

  // Rows of three periods: as the planner began, as they left them, and as they are now.
  const value = fc.integer({ min: 0, max: 3 });
  /** `row` with some cells (maybe none) and maybe its lock changed. */
  const changedFrom = (row: RowState): fc.Arbitrary<RowState> =>
    fc
      .record({
        values: fc.array(fc.option(value, { nil: undefined }), {
          minLength: row.values.length,
          maxLength: row.values.length,
        }),
        lock: fc.boolean(),
      })
      .map(({ values, lock }) => ({
        values: values.map((v, p) => v ?? row.values[p]),
        locked: lock ? !row.locked : row.locked,
      }));
  interface Scenario {
    bases: RowState[];
    mine: RowState[];
    now: (RowState | undefined)[];
  }
  const scenario: fc.Arbitrary<Scenario> = fc
    .array(
      fc.record({ values: fc.array(value, { minLength: 3, maxLength: 3 }), locked: fc.boolean() }),
      { minLength: 1, maxLength: 5 },
    )
    .chain((bases) =>
      fc.record({
        bases: fc.constant(bases),
        mine: fc.tuple(...bases.map(changedFrom)),
        now: fc.tuple(...bases.map((b) => fc.option(changedFrom(b), { nil: undefined }))),
      }),
    );
  const run = ({ bases, mine, now }: Scenario) => {
    const own = bases.map((base, i) => ({ id: i + 1, base, mine: mine[i] }));
    return { own, r: ownChangesOnTop(own, (id) => now[id - 1]) };
  };
  const resultOf = (r: ReturnType<typeof run>['r'], id: number, now: RowState) =>
    r.rows.get(id) ?? now;

  it('keeps every own change to a cell nobody else changed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { own, r } = run(s);
        for (const { id, base, mine } of own) {
          const now = s.now[id - 1];
          if (!now) continue;
          const blocked = r.conflicts.some((c) => c.kind !== 'cell' && c.assignmentId === id);
          if (blocked) continue;
          mine.values.forEach((v, p) => {
            if (v !== base.values[p] && now.values[p] === base.values[p])
              expect(resultOf(r, id, now).values[p]).toBe(v);
          });
        }
      }),
    );
  });

  it('reports every cell both changed to different values, never overwriting it unsaid', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { own, r } = run(s);
        for (const { id, base, mine } of own) {
          const now = s.now[id - 1];
          const blocked = r.conflicts.some((c) => c.kind !== 'cell' && c.assignmentId === id);
          mine.values.forEach((v, p) => {
            const both = now && v !== base.values[p] && now.values[p] !== base.values[p];
            if (!both || now.values[p] === v) return;
            const reported = r.conflicts.some(
              (c) => c.kind === 'cell' && c.assignmentId === id && c.period === p,
            );
            // Either said as a conflict, or the whole row was held back (and said so).
            expect(reported || blocked).toBe(true);
            if (blocked) expect(resultOf(r, id, now).values[p]).toBe(now.values[p]);
          });
        }
      }),
    );
  });

  it('never gives the planner’s values to a row someone else locked since', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { own, r } = run(s);
        for (const { id, base, mine } of own) {
          const now = s.now[id - 1];
          if (!now || !now.locked || base.locked || mine.locked !== base.locked) continue;
          expect(resultOf(r, id, now).values).toEqual(now.values);
        }
      }),
    );
  });

  it('changes nothing the planner did not change, and lists only rows that differ from now', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { own, r } = run(s);
        for (const [id, row] of r.rows) {
          const { base, mine } = own[id - 1];
          const now = s.now[id - 1]!;
          row.values.forEach((v, p) => {
            if (mine.values[p] === base.values[p]) expect(v).toBe(now.values[p]);
          });
          if (mine.locked === base.locked) expect(row.locked).toBe(now.locked);
          expect(row).not.toEqual({ values: now.values, locked: now.locked });
        }
      }),
    );
  });
});
