import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTargetRows, columnTotals, type AssignmentForRows } from '../model/rows.ts';
import type { EditAction } from '../model/types.ts';
import { countChanges, createPlannerState, perform, redo, undo } from './plannerState.ts';

/** Company, two groups with users, one group with users only. */
function group(): AssignmentForRows[] {
  const a: AssignmentForRows[] = [
    {
      TargetAssignmentInfoId: 1,
      Values: [1, 2, 3, 4],
      Locked: false,
      TargetContact: { Name: 'Acme' },
    },
  ];
  let id = 2;
  for (const g of [10, 20]) {
    a.push({
      TargetAssignmentInfoId: id++,
      Values: [10, 10, 10, 10],
      Locked: false,
      TargetUserGroup: { Id: g, Value: `G${g}` },
      Currency: { Value: g === 20 ? 'JPY' : 'NOK' },
    });
  }
  for (const g of [10, 20, 30, 10])
    for (let u = 0; u < 3; u++)
      a.push({
        TargetAssignmentInfoId: id++,
        Values: [u, u + 0.5, 0, 7.25],
        Locked: u === 2,
        TargetAssociate: { AssociateId: id, FullName: `U${id}`, GroupIdx: g },
      });
  return a;
}

const roundTo = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

const cellAction = (id: number, period: number, before: number, after: number): EditAction => ({
  label: 'x',
  cells: [{ assignmentId: id, period, before, after }],
  locks: [],
});

describe('plannerState', () => {
  it('keeps rows, sums and totals equal to a full rebuild after any sequence of actions', () => {
    const assignments = group();
    const ids = assignments.map((a) => a.TargetAssignmentInfoId);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...ids),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: -1000, max: 1000 }),
            fc.constantFrom('do', 'undo', 'redo', 'lock'),
          ),
          { maxLength: 30 },
        ),
        (ops) => {
          let s = createPlannerState(assignments, 4);
          for (const [id, p, cents, op] of ops) {
            const row = s.rows[s.base.rowOf.get(id)!];
            if (op === 'undo') s = undo(s).state;
            else if (op === 'redo') s = redo(s).state;
            else if (op === 'lock')
              s = perform(s, {
                label: 'l',
                cells: [],
                locks: [{ assignmentId: id, before: row.locked, after: !row.locked }],
              });
            else
              s = perform(s, cellAction(id, p, row.values[p], roundTo(cents / 100, row.decimals)));
          }
          const full = buildTargetRows(assignments, s.edits);
          expect(s.rows.map((r) => [r.key, r.values, r.locked])).toEqual(
            full.map((r) => [r.key, r.values, r.locked]),
          );
          expect(s.totals).toEqual(
            columnTotals(
              full,
              4,
              (r) =>
                r.kind === s.base.totalsOf &&
                (r.currency === s.base.totalsCurrency || r.currency === null),
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts changed cells and lock flags, and undo brings the loaded state back', () => {
    let s = createPlannerState(group(), 4);
    s = perform(s, cellAction(1, 0, 1, 5));
    s = perform(s, {
      label: 'l',
      cells: [],
      locks: [{ assignmentId: 2, before: false, after: true }],
    });
    expect(countChanges(s)).toBe(2);
    s = undo(undo(s).state).state;
    expect(countChanges(s)).toBe(0);
    expect(s.edits.size).toBe(0);
    expect(perform(s, { label: 'empty', cells: [], locks: [] })).toBe(s);
  });

  it('totals the groups in the footer when the type has no user rows (company and group level only)', () => {
    const groupsOnly = group().filter((a) => !a.TargetAssociate);
    let s = createPlannerState(groupsOnly, 4);
    expect(s.base.totalsOf).toBe('group');
    // G10 in NOK and G20 in JPY: one currency each, so the first seen is totalled.
    expect(s.base.totalsCurrency).toBe('NOK');
    expect(s.base.otherCurrencies).toEqual(['JPY']);
    expect(s.totals).toEqual([10, 10, 10, 10]);
    s = perform(s, cellAction(2, 1, 10, 12.5));
    expect(s.totals).toEqual([10, 12.5, 10, 10]);
    // The company's own target is a separate figure, not added.
    s = perform(s, cellAction(1, 0, 1, 100));
    expect(s.totals).toEqual([10, 12.5, 10, 10]);
    expect(undo(undo(s).state).state.totals).toEqual([10, 10, 10, 10]);
    expect(createPlannerState(group(), 4).base.totalsOf).toBe('user');
  });

  it('loads footer totals equal to the exact sum of the user rows in the most common currency', () => {
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((m) => m / 100);
    const currency = fc.constantFrom('NOK', 'JPY', 'KWD', null);
    const assignments = fc
      .array(
        fc.record({
          group: fc.integer({ min: 1, max: 4 }),
          user: fc.boolean(),
          values: fc.array(amount, { minLength: 4, maxLength: 4 }),
          currency,
        }),
        { maxLength: 30 },
      )
      .map((specs) =>
        specs.map((x, i): AssignmentForRows => ({
          TargetAssignmentInfoId: i + 1,
          Values: x.values,
          Locked: false,
          ...(x.user
            ? { TargetAssociate: { AssociateId: i + 1, GroupIdx: x.group } }
            : {
                TargetUserGroup: { Id: x.group, Value: `G${x.group}` },
                Currency: x.currency === null ? null : { Value: x.currency },
              }),
        })),
      );
    fc.assert(
      fc.property(assignments, (a) => {
        const s = createPlannerState(a, 4);
        const { totalsCurrency, otherCurrencies, totalsOf } = s.base;
        // Without user rows (a type on company and group level only) the groups are totalled.
        const has = (kind: string) => s.rows.some((r) => r.kind === kind);
        expect(totalsOf).toBe(has('user') ? 'user' : has('group') ? 'group' : 'company');
        expect(s.totals).toEqual(
          columnTotals(
            s.rows,
            4,
            (r) => r.kind === totalsOf && (r.currency === totalsCurrency || r.currency === null),
          ),
        );
        // Never adds different currencies; the most common one is the one totalled.
        const users = s.rows.filter((r) => r.kind === totalsOf);
        const count = (c: string | null) => users.filter((r) => r.currency === c).length;
        for (const c of otherCurrencies)
          expect(count(c)).toBeLessThanOrEqual(count(totalsCurrency));
        expect(otherCurrencies).not.toContain(totalsCurrency);
      }),
    );
  });
});
