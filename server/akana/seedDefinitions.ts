import type { SandboxDatabase } from '../db/database.ts';
import { businessIdFor, insertDefinition } from './definitionStore.ts';

const DOCTYPE =
  '<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd">';

/** A small OSWorkflow 2.8 definition: one initial action, a pending step with actions, a final step. */
export function osWorkflowXml(initialAction: string, actions: string[]): string {
  const stepActions = actions
    .map(
      (a, i) => `        <action id="${11 + i}" name="${a}">
          <results>
            <unconditional-result old-status="Finished" status="${i === 0 ? 'Published' : 'Rejected'}" step="200"/>
          </results>
        </action>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
${DOCTYPE}
<workflow>
  <initial-actions>
    <action id="1" name="${initialAction}">
      <results>
        <unconditional-result old-status="Finished" status="Pending" step="100"/>
      </results>
    </action>
  </initial-actions>
  <steps>
    <step id="100" name="Pending">
      <actions>
${stepActions}
      </actions>
    </step>
    <step id="200" name="Published"/>
  </steps>
</workflow>
`;
}

const demo = [
  {
    name: 'Discussion moderation',
    description: 'New discussions wait for a moderator before they are published.',
    objectType: 'discussion',
    xml: osWorkflowXml('@StartDiscussion', ['Approve', 'Reject']),
    daysAgo: 41,
  },
  {
    name: 'Support ticket triage',
    description: 'Tickets are triaged by the support desk, then resolved or escalated.',
    objectType: 'ticket',
    xml: osWorkflowXml('@StartTicket', ['Resolve', 'Escalate']),
    daysAgo: 19,
  },
  {
    name: 'App registration approval',
    description: 'Business admins approve new apps before they may call production APIs.',
    objectType: 'app',
    xml: osWorkflowXml('@CreateApp', ['Approve', 'Reject']),
    daysAgo: 7,
  },
  {
    name: 'User 2FA workflow',
    description: 'Asks platform users for a second factor at sign-in.',
    objectType: 'user',
    xml: osWorkflowXml('@Login', ['VerifyCode', 'Cancel']),
    daysAgo: 2,
  },
];

/** Demo definitions for the tenant (runs once, on a new database). */
export function seedDefinitions(db: SandboxDatabase, fedMemberId = 'flowdesk'): void {
  const now = Date.now();
  for (const d of demo) {
    insertDefinition(db, {
      ...d,
      businessId: businessIdFor(fedMemberId),
      updated: new Date(now - d.daysAgo * 24 * 60 * 60 * 1000),
    });
  }
}
