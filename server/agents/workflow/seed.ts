import type { SandboxDatabase } from '../../db/database.ts';
import { storeGoal } from './goals.ts';
import { saveLine } from './steps.ts';
import { group, option, restriction as r, split, step } from './seedHelpers.ts';

interface SeedFlow {
  name: string;
  description: string;
  status: string;
  steps: Record<string, unknown>[];
  goals: { type: string; groups: Record<string, unknown>[] }[];
}

const flows: SeedFlow[] = [
  {
    name: 'Welcome series',
    description: 'Greets new contacts and routes them by what they click in the welcome e-mail.',
    status: 'Running',
    steps: [
      step('SendEmail', { Subject: 'Welcome to Flowdesk Demo', ShipmentId: 101 }),
      step('WaitForTime', { Delay: 2, DelayUnit: 'Days' }),
      split(
        'What did they click?',
        'LinkClicked',
        [
          option('LinkClicked', 'guide', 'Clicked the getting-started guide', [
            step('SendEmail', { Subject: 'Five tips for your first week' }),
            step('CreateFollowUp', { Title: 'Call to offer onboarding', DueInDays: 3 }),
          ]),
          option('LinkClicked', 'pricing', 'Clicked pricing', [
            step('NotifyByEmail', { Recipient: 'Owner', Subject: 'Hot lead looked at pricing' }),
            step('CreateSale', { Title: 'Upgrade opportunity', Amount: 12000 }),
            step('DistributeToOwner'),
          ]),
          option('None', 'else', 'Everyone else', [
            step('WaitForTime', { Delay: 5, DelayUnit: 'Days' }),
            step('SendEmail', { Subject: 'Did you see this?' }),
          ]),
        ],
        { ShipmentId: 101, ExitFlow: false },
      ),
      step('UpdateParticipant', { FieldName: 'personCategory', FieldValue: 'Prospect' }),
    ],
    goals: [
      {
        type: 'SaleCreatedOnPerson',
        groups: [
          group('Hot prospects', 'Customers or IT companies with a sales history', [
            r('personCategory', 'oneOf', ['A customer', 'B customer'], { paren: 1, next: 'Or' }),
            r('personBusiness', 'oneOf', ['IT'], { paren: -1, next: 'And' }),
            r('saleCount', '>', ['3'], { next: 'None' }),
          ]),
          group('Big spenders', 'Any contact with large sales', [
            r('saleAmount', '>=', ['50000'], { next: 'And' }),
            r('personNoMailing', '=', ['0'], { next: 'None' }),
          ]),
        ],
      },
      {
        type: 'FormSubmitted',
        groups: [
          group('Trial requested', '', [
            r('formName', 'oneOf', ['Trial request'], { next: 'And' }),
            r('personEmail', 'contains', ['@'], { next: 'None' }),
          ]),
        ],
      },
    ],
  },
  {
    name: 'Webinar follow-up',
    description: 'After a webinar: recording for attendees, a nudge for no-shows.',
    status: 'Running',
    steps: [
      step('AddToList', { ListName: 'Webinar attendees 2026' }),
      step('SendEmail', { Subject: 'Thanks for registering' }),
      split('Attended?', 'FormSubmission', [
        option('FormSubmission', 'attended', 'Attended', [
          step('SendEmail', { Subject: 'Here is the recording' }),
          split('By category', 'PersonData', [
            option('PersonData', 'a-customers', 'A customers', [
              step('CreateFollowUp', { Title: 'Book a review meeting', DueInDays: 2 }),
            ]),
            option('None', 'others', 'Everyone else', [
              step('SendSMS', { Message: 'Slides are in your inbox' }),
            ]),
          ]),
        ]),
        option('FormSubmission', 'no-show', 'Registered, did not attend', [
          step('SendEmail', { Subject: 'Sorry we missed you' }),
        ]),
      ]),
      step('RemoveFromList', { ListName: 'Webinar attendees 2026' }),
    ],
    goals: [
      {
        type: 'AddedToProject',
        groups: [
          group('Engaged attendees', 'Registered recently in the Nordics', [
            r('personCountry', 'oneOf', ['Norway', 'Sweden', 'Denmark'], { next: 'And' }),
            r('personRegistered', 'after', ['2026-01-01'], { next: 'And', active: false }),
            r('personTitle', 'contains', ['Manager'], { next: 'None' }),
          ]),
        ],
      },
    ],
  },
  {
    name: 'Trial nurture',
    description: 'Four tracks by country during a 30-day trial.',
    status: 'Paused',
    steps: [
      step('SendEmail', { Subject: 'Your trial has started' }),
      split(
        'Country track',
        'PersonData',
        [
          option('PersonData', 'nordics', 'Nordics', [step('SendEmail', { Subject: 'Hei!' })]),
          option('PersonData', 'dach', 'Germany', [
            step('SendEmail', { Subject: 'Hallo!' }),
            step('CreateRequest', { Title: 'Check trial set-up' }),
          ]),
          option('PersonData', 'uk', 'United Kingdom', [step('SendEmail', { Subject: 'Hello!' })]),
          option('None', 'rest', 'Everyone else', [
            step('NotifyBySMS', { Recipient: 'Owner', Message: 'New trial' }),
          ]),
        ],
        { ExitFlow: true },
      ),
      step('WaitForAction', { ActionType: 'LinkClicked', TimeoutDays: 14 }),
      step('RunScript', { ScriptName: 'score-trial-usage' }),
    ],
    goals: [
      {
        type: 'SaleCreatedOnCompany',
        groups: [
          group('Converted', 'A sale after the trial', [
            r('saleCount', '>=', ['1'], { paren: 1, next: 'Or' }),
            r('saleAmount', '>', ['0'], { paren: -1, next: 'And' }),
            r('lastActivity', 'lastXDays', ['30'], { next: 'None' }),
          ]),
        ],
      },
    ],
  },
  {
    name: 'Re-engagement',
    description: 'Wakes up contacts that have been quiet for six months.',
    status: 'Stopped',
    steps: [
      step('SendEmail', { Subject: 'We miss you' }),
      step('WaitForTime', { Delay: 7, DelayUnit: 'Days' }),
      split(
        'Reaction',
        'LinkClicked',
        [
          option('LinkClicked', 'came-back', 'Clicked a link', [
            step('AddToList', { ListName: 'Re-engaged' }),
          ]),
          option('None', 'silent', 'No reaction', [
            step('UpdateParticipant', { FieldName: 'personNoMailing', FieldValue: '1' }),
          ]),
        ],
        { ExitFlow: true },
      ),
    ],
    goals: [],
  },
];

/** Demo flows: main lines, splits with 2–4 options (one nested), goals with restriction groups. */
export function seedWorkflow(db: SandboxDatabase): void {
  const created = new Date('2026-01-15T09:00:00Z').toISOString();
  for (const f of flows) {
    const id = db.run(
      'INSERT INTO workflow (name, description, status, created, updated) VALUES (?, ?, ?, ?, ?)',
      [f.name, f.description, f.status, created, created],
    );
    saveLine(db, id, null, f.steps, 'Steps.');
    for (const g of f.goals)
      storeGoal(db, {
        WorkflowGoalId: 0,
        WorkflowId: id,
        GoalType: g.type,
        RestrictionGroups: g.groups,
      });
  }
}
