import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSteps, type MergeStep } from './mergeSteps.ts';

interface Step extends MergeStep {
  v: number;
}

const step = (id: number, v = 0, type = 'SendEmail', rank = id): Step => ({
  WorkflowStepId: id,
  StepType: type,
  Rank: rank,
  v,
});
const ids = (list: readonly Step[]) => list.map((s) => s.WorkflowStepId);
const ranks = (list: readonly Step[]) => list.map((s) => s.Rank);

describe('mergeSteps (examples)', () => {
  const opened = [step(1), step(2), step(3)];

  it('keeps their changed step and my added one', () => {
    const theirs = [step(1), step(2, 5), step(3)];
    const mine = [step(1), step(2), step(3), step(0, 0, 'WaitForTime', 0)];
    const { steps, clashes } = mergeSteps(opened, theirs, mine);
    expect(clashes).toEqual([]);
    expect(steps.map((s) => [s.WorkflowStepId, s.v, s.Rank])).toEqual([
      [1, 0, 1],
      [2, 5, 2],
      [3, 0, 3],
      [0, 0, 4],
    ]);
  });

  it('takes my order for a step I moved and theirs for the rest', () => {
    const theirs = [step(2, 0, 'SendEmail', 1), step(1, 0, 'SendEmail', 2), step(3)];
    const mine = [step(1), step(3), step(2)]; // I moved 2 to the end (ranks not renumbered yet)
    const { steps, clashes } = mergeSteps(opened, theirs, mine);
    expect(clashes).toEqual([]);
    expect(ids(steps)).toEqual([1, 3, 2]);
    expect(ranks(steps)).toEqual([1, 2, 3]);
  });

  it('a step I added last stays last after they reordered the others', () => {
    const theirs = [
      step(3, 0, 'SendEmail', 1),
      step(1, 0, 'SendEmail', 2),
      step(2, 0, 'SendEmail', 3),
    ];
    const mine = [step(1), step(2), step(3), step(0, 0, 'SendSMS', 0)];
    expect(ids(mergeSteps(opened, theirs, mine).steps)).toEqual([3, 1, 2, 0]);
  });

  it('keeps their new step where they put it and drops the step I removed', () => {
    const theirs = [step(1), step(9, 0, 'Split', 2), step(2, 0, 'SendEmail', 3), step(3, 0, '', 4)];
    const mine = [step(1), step(3)];
    const { steps, clashes } = mergeSteps(opened, theirs, mine);
    expect(clashes).toEqual([]);
    expect(ids(steps)).toEqual([1, 9, 3]);
  });

  it('names each clash: changed by both, removed by one and changed by the other', () => {
    const theirs = [step(1, 1), step(2, 2)]; // they changed 1 and 2, removed 3
    const mine = [step(2, 3), step(3, 3)]; // I removed 1, changed 2 and 3
    const { clashes } = mergeSteps(opened, theirs, mine);
    expect(clashes.map((c) => [c.kind, c.step.WorkflowStepId, c.position])).toEqual([
      ['iRemoved', 1, 1],
      ['bothChanged', 2, 1],
      ['theyRemoved', 3, 2],
    ]);
  });

  it('a change both made the same way is no clash', () => {
    const both = [step(1), step(2, 7), step(3)];
    expect(mergeSteps(opened, both, both).clashes).toEqual([]);
  });

  it('a split’s paths come whole with the split from the side that changed it', () => {
    const split = (path: string) => ({ ...step(1, 0, 'Split'), Options: [{ Name: path }] });
    const o = [split('A'), step(2)];
    const theirs = [split('A (renamed)'), step(2)];
    const mine = [split('A'), step(2, 4)];
    const { steps, clashes } = mergeSteps(o, theirs, mine);
    expect(clashes).toEqual([]);
    expect(steps).toEqual([
      { ...split('A (renamed)'), Rank: 1 },
      { ...step(2, 4), Rank: 2 },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: both sides edit the same opened list (change, remove, add, move).

type Action = 'keep' | 'change' | 'remove';
interface Plan {
  actions: Action[];
  added: { at: number; type: string }[];
  /** Sort keys for a reorder, or null for none. */
  order: number[] | null;
}

const types = ['SendEmail', 'WaitForTime', 'Split'];
const openedArb = fc
  .array(fc.record({ type: fc.constantFrom(...types), v: fc.nat(3) }), { maxLength: 7 })
  .map((list) => list.map((s, i) => step(i + 1, s.v, s.type)));
const planArb = (n: number, actions: fc.Arbitrary<Action>[], moves = true): fc.Arbitrary<Plan> =>
  fc.record({
    actions: fc.tuple(...actions),
    added: fc.array(fc.record({ at: fc.nat(10), type: fc.constantFrom(...types) }), {
      maxLength: 2,
    }),
    order: moves
      ? fc.option(fc.array(fc.nat(20), { minLength: n + 2, maxLength: n + 2 }))
      : fc.constant(null),
  }) as fc.Arbitrary<Plan>;

/** One side's version: `me` adds unsaved steps (id 0) and keeps stale ranks; they are stored. */
function edit(opened: readonly Step[], plan: Plan, side: 'me' | 'them'): Step[] {
  let list: Step[] = [];
  opened.forEach((s, i) => {
    const a = plan.actions[i] ?? 'keep';
    if (a === 'keep') list.push({ ...s });
    if (a === 'change') list.push({ ...s, v: s.v + (side === 'me' ? 10 : 20) });
  });
  plan.added.forEach((x, k) => {
    const added = step(side === 'me' ? 0 : 100 + k, 50 + k, x.type, 0);
    list.splice(x.at % (list.length + 1), 0, added);
  });
  if (plan.order) {
    const keys = plan.order;
    list = list
      .map((s, i) => ({ s, k: keys[i] ?? 0, i }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.s);
  }
  return side === 'them' ? list.map((s, i) => ({ ...s, Rank: i + 1 })) : list;
}

const renumbered = (list: readonly Step[]) => list.map((s, i) => ({ ...s, Rank: i + 1 }));
const anyAction = fc.constantFrom<Action>('keep', 'change', 'remove');

/** Opened list, then who may touch each step (no overlap): 0 nobody, 1 me, 2 them. */
const disjointArb = openedArb.chain((opened) =>
  fc
    .tuple(
      fc.constant(opened),
      fc.array(fc.nat(2), { minLength: opened.length, maxLength: opened.length }),
    )
    .chain(([o, owner]) =>
      fc.tuple(
        fc.constant(o),
        planArb(
          o.length,
          owner.map((w) => (w === 1 ? anyAction : fc.constant<Action>('keep'))),
        ),
        planArb(
          o.length,
          owner.map((w) => (w === 2 ? anyAction : fc.constant<Action>('keep'))),
        ),
      ),
    ),
);

describe('mergeSteps (properties)', () => {
  it('with their list as opened, the result is mine; with mine as opened, it is theirs', () => {
    fc.assert(
      fc.property(
        openedArb.chain((o) =>
          fc.tuple(
            fc.constant(o),
            planArb(
              o.length,
              o.map(() => anyAction),
            ),
          ),
        ),
        ([opened, plan]) => {
          const mine = edit(opened, plan, 'me');
          const theirs = edit(opened, plan, 'them');
          expect(mergeSteps(opened, renumbered(opened), mine)).toEqual({
            steps: renumbered(mine),
            clashes: [],
          });
          expect(mergeSteps(opened, theirs, opened)).toEqual({ steps: theirs, clashes: [] });
        },
      ),
    );
  });

  it('with no overlap, every change of each side is in the result, ranks 1..n', () => {
    fc.assert(
      fc.property(disjointArb, ([opened, myPlan, theirPlan]) => {
        const mine = edit(opened, myPlan, 'me');
        const theirs = edit(opened, theirPlan, 'them');
        const { steps, clashes } = mergeSteps(opened, theirs, mine);
        expect(clashes).toEqual([]);
        expect(ranks(steps)).toEqual(steps.map((_, i) => i + 1));
        const content = (s: Step) => [s.WorkflowStepId, s.StepType, s.v];
        const expected = [
          ...opened.flatMap((s, i) => {
            const a = myPlan.actions[i] !== 'keep' ? myPlan.actions[i] : theirPlan.actions[i];
            const side = myPlan.actions[i] !== 'keep' ? 10 : 20;
            if (a === 'remove') return [];
            return [content(a === 'change' ? { ...s, v: s.v + side } : s)];
          }),
          ...mine.filter((s) => s.WorkflowStepId === 0).map(content),
          ...theirs.filter((s) => s.WorkflowStepId >= 100).map(content),
        ];
        const sort = (l: unknown[][]) => l.map((x) => JSON.stringify(x)).sort();
        expect(sort(steps.map(content))).toEqual(sort(expected));
      }),
    );
  });

  it('when they reordered nothing, their steps keep their order; when they added and moved nothing, mine keep mine', () => {
    fc.assert(
      fc.property(
        disjointArb.chain(([o, myPlan, theirPlan]) =>
          fc.tuple(fc.constant(o), fc.constant(myPlan), fc.constant(theirPlan), fc.boolean()),
        ),
        ([opened, myPlan, theirPlan, iMove]) => {
          const mineFixed = { ...myPlan, order: iMove ? myPlan.order : null };
          const theirsFixed = {
            ...theirPlan,
            order: iMove ? null : theirPlan.order,
            added: iMove ? [] : theirPlan.added,
          };
          const mine = edit(opened, mineFixed, 'me');
          const theirs = edit(opened, theirsFixed, 'them');
          const { steps } = mergeSteps(opened, theirs, mine);
          const result = ids(steps);
          if (iMove) {
            // They did not move or add: the result's order is mine (my new steps included).
            expect(result).toEqual(ids(mine).filter((id) => id === 0 || result.includes(id)));
          } else {
            // I did not move: the steps of theirs keep their order.
            const theirIds = new Set(ids(theirs));
            expect(result.filter((id) => theirIds.has(id))).toEqual(
              ids(theirs).filter((id) => result.includes(id)),
            );
          }
        },
      ),
    );
  });

  it('a step changed by both (differently), or removed by one and changed by the other, is a clash', () => {
    fc.assert(
      fc.property(
        openedArb
          .filter((o) => o.length > 0)
          .chain((o) =>
            fc.tuple(
              fc.constant(o),
              fc.nat(o.length - 1),
              fc.constantFrom<[Action, Action]>(
                ['change', 'change'],
                ['remove', 'change'],
                ['change', 'remove'],
              ),
            ),
          ),
        ([opened, at, [my, their]]) => {
          const plan = (a: Action): Plan => ({
            actions: opened.map((_, i) => (i === at ? a : 'keep')),
            added: [],
            order: null,
          });
          const { clashes } = mergeSteps(
            opened,
            edit(opened, plan(their), 'them'),
            edit(opened, plan(my), 'me'),
          );
          const kind =
            my === 'remove' ? 'iRemoved' : their === 'remove' ? 'theyRemoved' : 'bothChanged';
          expect(clashes.map((c) => [c.kind, c.step.WorkflowStepId, c.position])).toEqual([
            [kind, opened[at]!.WorkflowStepId, at + 1],
          ]);
        },
      ),
    );
  });
});
