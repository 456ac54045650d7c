import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';

const W = 'Workflow/';

describe('Workflow FieldProperties', () => {
  it('give text fields their character limit and other fields their storage size, as a tenant does', async () => {
    const { call } = await startTestSandbox();
    const goal = (await call('admin', `${W}GetWorkflowGoal?workflowGoalId=1`)).body;
    const kind = (name: string) => {
      const p = goal.FieldProperties[name];
      return [p.FieldType, p.FieldLength];
    };
    // The contract's PHP sample (§2.1): Int32 4, and enums are numbers underneath (short).
    expect(kind('GoalType')).toEqual(['System.Int16', 2]);
    expect(kind('WorkflowGoalId')).toEqual(['System.Int32', 4]);
    expect(kind('RestrictionGroups.Name')).toEqual(['System.String', 254]);
    const event = (await call('admin', `${W}CreateDefaultWorkflowEvent`)).body;
    expect(event.FieldProperties.EventType).toMatchObject({ FieldType: 'System.Int16' });
    expect(event.FieldProperties.Attributes).toMatchObject({
      FieldType: 'System.String',
      FieldLength: 4000,
    });
  });
});
