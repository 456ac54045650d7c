import type { AgentCall, AgentMethod } from '../../http/agent.ts';
import { badRequest } from '../../http/errors.ts';
import { enumNameOf, eventTypes, goalTypeForEvent } from './enums.ts';
import * as input from './input.ts';
import { fieldProperties, lengths, requireEdit, tableRight } from './rights.ts';
import { tenantDateTime } from '../tenantDateTime.ts';

const eventRights = (call: AgentCall) => ({
  TableRight: tableRight(call),
  FieldProperties: fieldProperties(call, {
    EventType: { kind: 'enum', mandatory: true },
    Attributes: { kind: 'string', length: lengths.attributes },
  }),
});

/** Flows whose goals this event type can reach (for the result). */
function reachedGoals(call: AgentCall, eventType: string) {
  const goalType = goalTypeForEvent[eventType];
  if (!goalType) return [];
  return call.db.all<{ workflow_goal_id: number; name: string; status: string }>(
    `SELECT g.workflow_goal_id, w.name, w.status FROM workflow_goal g JOIN workflow w ON w.workflow_id = g.workflow_id
     WHERE g.goal_type = ? ORDER BY w.name, g.workflow_goal_id`,
    [goalType],
  );
}

/** CreateDefaultWorkflowEvent and SendEvent (contract §3): events are recorded, results explain. */
export const eventMethods: Record<string, AgentMethod> = {
  CreateDefaultWorkflowEvent: (call) => ({
    EventType: 'PersonUpdated',
    Attributes: '',
    ...eventRights(call),
  }),

  CreateDefaultWorkflowEventResult: (call) => ({
    EventType: 'None',
    Attributes: '',
    ...eventRights(call),
  }),

  SendEvent: (call) => {
    const raw = call.args.raw('WorkflowEvent');
    if (raw === undefined || raw === null)
      throw badRequest('WorkflowEvent is missing from the request body', 'WorkflowEvent');
    const event = input.object(raw, 'WorkflowEvent');
    requireEdit(call, 'workflow events');
    const typeRaw = input.prop(event, 'EventType');
    const eventType = enumNameOf(eventTypes, typeRaw);
    if (!eventType || eventType === 'None')
      throw badRequest(
        typeRaw === undefined || typeRaw === null || typeRaw === ''
          ? 'EventType: choose an event type'
          : `EventType: '${String(typeRaw)}' is not a known workflow event type`,
        'EventType',
      );
    const attributes = input.text(event, 'Attributes', 'Attributes', lengths.attributes);
    const reached = reachedGoals(call, eventType);
    const running = reached.filter((r) => r.status === 'Running');
    const registered = new Date().toISOString();
    const result = call.db.transaction(() => {
      const eventId = call.db.run(
        'INSERT INTO workflow_event (event_type, attributes, associate_id, registered, result) VALUES (?, ?, ?, ?, ?)',
        [eventType, attributes, call.user.associateId, registered, ''],
      );
      const text = JSON.stringify({
        eventId,
        status: 'Processed',
        registered: tenantDateTime(registered),
        sentBy: call.user.userName,
        goalsChecked: reached.length,
        goalsInRunningFlows: running.map((r) => ({ goalId: r.workflow_goal_id, flow: r.name })),
        message:
          running.length === 0
            ? `No running flow has a goal that a ${eventType} event can reach.`
            : `${running.length} goal${running.length === 1 ? '' : 's'} in running flows checked against this event.`,
      });
      call.db.run('UPDATE workflow_event SET result = ? WHERE workflow_event_id = ?', [
        text,
        eventId,
      ]);
      return text;
    });
    return { EventType: eventType, Attributes: result, ...eventRights(call) };
  },
};
