import { describe, expect, it } from 'vitest';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { COLUMN, flowGraph } from './flowGraph.ts';

const s = (
  id: number,
  StepType = 'SendEmail',
  extra: Partial<WorkflowStepBase> = {},
): WorkflowStepBase => ({
  WorkflowStepId: id,
  StepType,
  Rank: id,
  ...extra,
});

describe('flowGraph', () => {
  it('draws a straight line from start to end', () => {
    const g = flowGraph([s(1), s(2)]);
    expect(g.nodes.map((n) => n.kind)).toEqual(['start', 'step', 'step', 'end']);
    expect(g.edges).toHaveLength(3);
  });

  it('fans a split out into its options and joins the paths again', () => {
    const split = s(2, 'Split', {
      Options: [
        { WorkflowStepOptionId: 1, Name: 'A', Rank: 1, Steps: [s(3)] },
        { WorkflowStepOptionId: 2, Name: 'B', Rank: 2, Steps: [s(4), s(5)] },
      ],
    });
    const g = flowGraph([s(1), split, s(6)]);
    const options = g.nodes.filter((n) => n.kind === 'option');
    expect(options.map((o) => o.label)).toEqual(['A', 'B']);
    expect(options[1].x - options[0].x).toBe(COLUMN);
    const last = g.nodes.find((n) => n.id.startsWith('step-6'))!;
    const into = g.edges.filter((e) => e.target === last.id).map((e) => e.source);
    expect(into).toHaveLength(2);
    // Path A is shorter: it drops to a waypoint below path B's last step before joining.
    const waypoint = g.nodes.find((n) => n.kind === 'waypoint')!;
    expect(into).toContain(waypoint.id);
    expect(waypoint.y).toBeGreaterThan(g.nodes.find((n) => n.id.startsWith('step-5'))!.y);
    expect(last.y).toBeGreaterThan(g.nodes.find((n) => n.id.startsWith('step-5'))!.y);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });
});

describe('edge names', () => {
  it('name the boxes an edge joins, not their internal ids, and see through the join points', () => {
    const split = s(2, 'Split', {
      Options: [
        { WorkflowStepOptionId: 1, Name: 'A', Rank: 1, Steps: [s(3)] },
        { WorkflowStepOptionId: 2, Name: 'B', Rank: 2, Steps: [s(4), s(5)] },
      ],
    });
    const g = flowGraph([split, s(6)]);
    const names = g.edges.map((e) => e.name).filter((n) => n !== null);
    expect(names.every((n) => !/step-|option-|waypoint/.test(n))).toBe(true);
    const splitName = 'Split: Unnamed split · 2 paths';
    expect(names).toContain(`From Start to ${splitName}`);
    expect(names).toContain(`From ${splitName} to path “A”`);
    // Path A's one step drops through a join point to the step after the split.
    expect(names.filter((n) => n === 'From Send e-mail to Send e-mail')).not.toHaveLength(0);
    expect(names).toContain('From Send e-mail to End');
  });

  it('name a connection through a join point once: it was read twice, by both its parts', () => {
    const split = s(2, 'Split', {
      Options: [
        { WorkflowStepOptionId: 1, Name: 'A', Rank: 1, Steps: [s(3)] },
        { WorkflowStepOptionId: 2, Name: 'B', Rank: 2, Steps: [s(4), s(5)] },
      ],
    });
    const g = flowGraph([split]);
    const join = g.nodes.find((n) => n.kind === 'waypoint')!;
    const parts = g.edges.filter((e) => e.source === join.id || e.target === join.id);
    expect(parts.map((e) => e.name)).toEqual(['From Send e-mail to End', null]);
  });

  it('see through join points that lead to other join points', () => {
    const inner = s(3, 'Split', {
      Options: [
        { WorkflowStepOptionId: 3, Name: 'X', Rank: 1, Steps: [s(4)] },
        { WorkflowStepOptionId: 4, Name: 'Y', Rank: 2, Steps: [s(5), s(6)] },
      ],
    });
    const outer = s(2, 'Split', {
      Options: [
        { WorkflowStepOptionId: 1, Name: 'A', Rank: 1, Steps: [inner] },
        { WorkflowStepOptionId: 2, Name: 'B', Rank: 2, Steps: [s(7), s(8), s(9), s(10), s(11)] },
      ],
    });
    const g = flowGraph([outer, s(12, 'SendSMS')]);
    const names = g.edges.map((e) => e.name).filter((n) => n !== null);
    expect(names.filter((n) => n.endsWith(' to '))).toEqual([]);
    expect(names.filter((n) => n.endsWith(' to Send SMS'))).toHaveLength(3);
  });
});
