import { describe, expect, it } from 'vitest';
import goalRequest from './fixtures/saveWorkflowGoal.request.json';
import goalResponse from './fixtures/saveWorkflowGoal.response.json';
import optionRequest from './fixtures/saveWorkflowStepOption.request.json';
import optionResponse from './fixtures/saveWorkflowStepOption.response.json';
import eventRequest from './fixtures/sendEvent.request.json';
import eventResponse from './fixtures/sendEvent.response.json';
import {
  emailFlowSchema,
  restrictableFieldSchema,
  sendEventRequestSchema,
  workflowEventResultSchema,
  workflowEventSchema,
  defaultWorkflowEventSchema,
  workflowGoalSchema,
  workflowStepBaseSchema,
  workflowStepOptionSchema,
} from './schemas.ts';

/** The samples of the seed pages (SaveWorkflowGoal, SaveWorkflowStepOption, SendEvent). */
describe('workflow schemas: seed page samples', () => {
  it('parse the SaveWorkflowGoal request and response unchanged', () => {
    expect(workflowGoalSchema.parse(goalRequest)).toEqual(goalRequest);
    expect(workflowGoalSchema.parse(goalResponse)).toEqual(goalResponse);
  });

  it('parse the SaveWorkflowStepOption request and response unchanged', () => {
    expect(workflowStepOptionSchema.parse(optionRequest)).toEqual(optionRequest);
    expect(workflowStepOptionSchema.parse(optionResponse)).toEqual(optionResponse);
  });

  it('parse the SendEvent request and response', () => {
    expect(sendEventRequestSchema.parse(eventRequest)).toEqual({ WorkflowEvent: null });
    expect(workflowEventResultSchema.parse(eventResponse)).toEqual(eventResponse);
  });
});

describe('workflow schemas: lossless and tolerant', () => {
  it('keep step subtype properties and nested split options', () => {
    const split = {
      WorkflowStepId: 3,
      WorkflowId: 1,
      StepType: 'Split',
      Rank: 3,
      SplitName: 'What did they click?',
      ExitFlow: true,
      Options: [
        {
          OptionType: 'LinkClicked',
          WorkflowStepOptionId: 1,
          Name: 'Guide',
          Steps: [{ WorkflowStepId: 4, StepType: 'SendEmail', Subject: 'Tips', Future: [1] }],
        },
      ],
    };
    expect(workflowStepBaseSchema.parse(split)).toEqual(split);
  });

  it('keep every restriction property, known or not', () => {
    const goal = {
      WorkflowGoalId: 1,
      WorkflowId: 1,
      GoalType: 'LinkClicked',
      RestrictionGroups: [
        {
          Name: 'G',
          Rank: 1,
          Extra: 'kept',
          Restrictions: [
            {
              Name: 'saleCount',
              Operator: '>',
              Values: ['3'],
              DisplayValues: ['3'],
              ColumnInfo: { Name: 'saleCount', Width: '10', IconHint: '' },
              SubRestrictions: [{ Name: 'x', Whatever: 1 }],
              UniqueHash: -12,
              NewInV12: { a: 1 },
            },
          ],
        },
      ],
    };
    expect(workflowGoalSchema.parse(goal)).toEqual(goal);
  });

  it('map enum numbers to names and keep unknown names', () => {
    expect(workflowStepBaseSchema.parse({ WorkflowStepId: 1, StepType: 5 }).StepType).toBe('Split');
    expect(workflowEventSchema.parse({ EventType: 1002 }).EventType).toBe('PersonUpdated');
    expect(workflowEventSchema.parse({ EventType: 'Click' }).EventType).toBe('Click');
    expect(workflowEventResultSchema.parse({ EventType: 1002, Attributes: '' }).EventType).toBe(
      'PersonUpdated',
    );
  });

  it('refuse event defaults of another shape, which would otherwise pass as empty defaults', () => {
    const malformed = { Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' };
    expect(workflowEventSchema.safeParse(malformed).success).toBe(true);
    expect(defaultWorkflowEventSchema.safeParse(malformed).success).toBe(false);
    const defaults = { EventType: 'PersonUpdated', Attributes: null, TableRight: null, Extra: 1 };
    expect(defaultWorkflowEventSchema.parse(defaults)).toEqual(defaults);
  });

  it('refuse a SendEvent result without EventType and Attributes, keep unknown properties', () => {
    // The sandbox's "malformed" fault: valid JSON of another shape.
    const malformed = { Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' };
    expect(workflowEventResultSchema.safeParse(malformed).success).toBe(false);
    expect(workflowEventResultSchema.safeParse(null).success).toBe(false);
    expect(workflowEventResultSchema.safeParse('Sent').success).toBe(false);
    expect(workflowEventResultSchema.safeParse([]).success).toBe(false);
    expect(workflowEventResultSchema.safeParse({ EventType: 'Run' }).success).toBe(false);
    expect(workflowEventResultSchema.safeParse({ EventType: 'Run', Attributes: 5 }).success).toBe(
      false,
    );
    // $select nulls what it leaves out: null is fine, and unknown properties survive.
    const selected = {
      EventType: null,
      Attributes: '{"message":"ok"}',
      TableRight: null,
      FieldProperties: null,
      Extra: { kept: true },
    };
    expect(workflowEventResultSchema.parse(selected)).toEqual(selected);
  });

  it('refuse a flow without an id, and read unknown field types as text', () => {
    expect(emailFlowSchema.safeParse({ Name: 'x' }).success).toBe(false);
    expect(
      restrictableFieldSchema.parse({ Name: 'a', DisplayName: 'A', Type: 'geo', ListItems: null }),
    ).toMatchObject({ Type: 'text', ListItems: [] });
  });
});
