import { describe, expect, it } from 'vitest';
import type { WorkflowStepBase, WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import {
  deletedWithPath,
  dropPathsNote,
  dropPathsQuestion,
  droppedSplitPaths,
} from './droppedSplitPaths.ts';

const email = (id: number): WorkflowStepBase => ({ WorkflowStepId: id, StepType: 'SendEmail' });
const split = (id: number, options: WorkflowStepBase['Options']): WorkflowStepBase => ({
  WorkflowStepId: id,
  StepType: 'Split',
  Options: options,
});
const byCategory = split(16, [
  { WorkflowStepOptionId: 5, Name: 'A customers', Steps: [email(17), email(19)] },
  {
    WorkflowStepOptionId: 6,
    Name: 'Everyone else',
    Steps: [split(20, [{ WorkflowStepOptionId: 7, Name: 'Inner', Steps: [email(21)] }])],
  },
]);

describe('droppedSplitPaths', () => {
  it('is null while every split stays, or when a plain step goes', () => {
    expect(droppedSplitPaths([email(1), byCategory], [email(1), byCategory])).toBeNull();
    expect(droppedSplitPaths([email(1), byCategory], [byCategory])).toBeNull();
  });

  it('names the paths of a removed split and counts every step under them', () => {
    const d = droppedSplitPaths([email(1), byCategory], [email(1)]);
    // 2 on "A customers"; the inner split and its path's step on "Everyone else".
    expect(d).toEqual({ names: ['A customers', 'Everyone else'], steps: 4 });
    expect(dropPathsQuestion(d!)).toBe(
      'Save and delete 2 paths, “A customers” and “Everyone else”, with their 4 steps? This cannot be undone.',
    );
    expect(dropPathsNote(d!)).toBe(
      'Deleted with the removed split: 2 paths, “A customers” and “Everyone else”, with their 4 steps.',
    );
  });

  it('says one path, and a path with no steps, in plain words', () => {
    const lone = split(3, [{ WorkflowStepOptionId: 9, Name: ' ', Steps: [] }]);
    expect(dropPathsQuestion(droppedSplitPaths([lone], [])!)).toBe(
      'Save and delete 1 path, “Unnamed option”, with no steps? This cannot be undone.',
    );
  });

  it('is null for a removed split that has no paths', () => {
    expect(droppedSplitPaths([split(3, [])], [])).toBeNull();
  });
});

describe('what goes with a deleted path', () => {
  const step = (StepType: string, WorkflowStepId: number, Options?: WorkflowStepOption[]) =>
    ({ WorkflowStepId, StepType, ...(Options ? { Options } : {}) }) as WorkflowStepBase;
  const path = (Name: string, Steps: WorkflowStepBase[]) =>
    ({ WorkflowStepOptionId: 0, Name, Steps }) as WorkflowStepOption;

  it('says nothing for a path with no steps', () => {
    expect(deletedWithPath([])).toBeNull();
  });

  it('counts its steps', () => {
    expect(deletedWithPath([step('SendEmail', 1), step('WaitForTime', 2)])).toBe(
      'with its 2 steps',
    );
  });

  it('names the paths of a split on it, with the steps on them', () => {
    expect(
      deletedWithPath([
        step('SendEmail', 1),
        step('Split', 2, [
          path('A customers', [step('CreateFollowUp', 3)]),
          path('Everyone else', [step('SendSMS', 4)]),
        ]),
      ]),
    ).toBe(
      'with its 2 steps and the 2 paths of its split (“A customers” and “Everyone else”) with their 2 steps',
    );
    expect(deletedWithPath([step('Split', 2, [path('Only', [])])])).toBe(
      'with its 1 step and the 1 path of its split (“Only”) with no steps',
    );
  });
});
