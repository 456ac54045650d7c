import { describe, expect, it } from 'vitest';
import { AgentArgs } from './args.ts';
import { applySelect } from './select.ts';
import { SoError } from './errors.ts';

describe('agent arguments', () => {
  it('reads query and body names case-insensitively, body winning', () => {
    const a = new AgentArgs({ workflowGoalId: '7' }, { WorkflowStepOptionId: 3 });
    expect(a.int('WorkflowGoalId')).toBe(7);
    expect(a.int('workflowstepoptionid')).toBe(3);
    expect(a.optionalInt('Missing')).toBeUndefined();
  });

  it('refuses a missing or non-numeric id with a 400 naming it', () => {
    const a = new AgentArgs({ id: 'abc' }, undefined);
    for (const name of ['id', 'other']) {
      try {
        a.int(name);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SoError);
        expect((e as SoError).status).toBe(400);
        expect((e as SoError).field).toBe(name);
      }
    }
  });

  it('needs an entity body for Save', () => {
    expect(() => new AgentArgs({}, undefined).entity()).toThrow(
      'Entity to save is not in request body',
    );
    expect(() => new AgentArgs({}, [1]).entity()).toThrow();
    expect(new AgentArgs({}, { Name: 'x' }).entity()).toEqual({ Name: 'x' });
  });
});

describe('$select', () => {
  it('nulls out every property not listed, matching names case-insensitively', () => {
    const v = { EventType: 'Run', Attributes: 'x', TableRight: { Mask: 'FULL' } };
    expect(applySelect(v, 'eventtype,attributes/id')).toEqual({
      EventType: 'Run',
      Attributes: 'x',
      TableRight: null,
    });
    expect(applySelect(v, undefined)).toBe(v);
    expect(applySelect([1, 2], 'a')).toEqual([1, 2]);
  });
});
