import { describe, expect, it } from 'vitest';
import { requestIntent } from './requestIntent.ts';

describe('requestIntent', () => {
  it('loads with agent Get… and CreateDefault… calls, though they are POSTs', () => {
    expect(requestIntent('POST /api/v1/Agents/Workflow/GetWorkflowGoal')).toBe('load');
    expect(requestIntent('POST /api/v1/Agents/Targets/GetTargetGroupForYear')).toBe('load');
    expect(requestIntent('POST /api/v1/Agents/Workflow/CreateDefaultWorkflowGoal')).toBe('load');
  });

  it('saves with agent Save…, AddAfter… and SendEvent; deletes with Delete…', () => {
    for (const m of ['SaveTargetGroup', 'AddAfterWorkflowStep', 'SendEvent'])
      expect(requestIntent(`POST /api/v1/Agents/Workflow/${m}`)).toBe('save');
    expect(requestIntent('POST /api/v1/Agents/Workflow/DeleteWorkflowStep')).toBe('delete');
  });

  it('decides other calls by their HTTP method', () => {
    expect(requestIntent('GET /api/v1/MDOList/currency')).toBe('load');
    expect(requestIntent('GET /api/workflow/definitions')).toBe('load');
    expect(requestIntent('POST /api/workflow/definitions')).toBe('save');
    expect(requestIntent('DELETE /api/workflow/definitions/a1')).toBe('delete');
  });
});
