import { describe, expect, it } from 'vitest';
import { workflowDefinitionListSchema, workflowDefinitionSchema } from './schemas.ts';
import { sampleCsrfHeader, sampleResponse1, sampleResponse2 } from './fixtures/seedPageSamples.ts';
import { csrfHeaderFromCookies } from './csrf.ts';

describe('WorkflowDefinition schemas', () => {
  it('parse both sample responses of the seed page', () => {
    const one = workflowDefinitionSchema.parse(JSON.parse(sampleResponse1));
    expect(one).toMatchObject({
      Key: '768c81c4-fd75-4b5a-a2f2-8d5726fa820d',
      State: 'C',
      ObjectType: 'user',
    });
    const two = workflowDefinitionSchema.parse(JSON.parse(sampleResponse2));
    expect(two.ObjectType).toBe('Model');
  });

  it('keep unknown properties', () => {
    const parsed = workflowDefinitionSchema.parse({ ...JSON.parse(sampleResponse1), Version: 3 });
    expect(parsed).toHaveProperty('Version', 3);
  });

  it('read a list as an array, as {WorkflowDefinition: [...]}, or as a single wrapped object', () => {
    const d = JSON.parse(sampleResponse1);
    expect(workflowDefinitionListSchema.parse([d])).toHaveLength(1);
    expect(workflowDefinitionListSchema.parse({ WorkflowDefinition: [d, d] })).toHaveLength(2);
    expect(workflowDefinitionListSchema.parse({ WorkflowDefinition: d })).toHaveLength(1);
    expect(workflowDefinitionListSchema.parse({})).toEqual([]);
    expect(workflowDefinitionListSchema.parse({ WorkflowDefinition: null })).toEqual([]);
  });

  it('refuse an object that holds no WorkflowDefinition (never read as an empty list)', () => {
    const surprise = { Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' };
    const result = workflowDefinitionListSchema.safeParse(surprise);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'expected a list of workflow definitions (WorkflowDefinition), found Surprise, Steps, WorkflowGoalId',
    );
  });

  it('build the seed page CSRF header from its cookie', () => {
    expect(csrfHeaderFromCookies(`${sampleCsrfHeader.name}=${sampleCsrfHeader.value}`)).toEqual({
      [sampleCsrfHeader.name]: sampleCsrfHeader.value,
    });
  });
});
