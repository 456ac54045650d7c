import { describe, expect, it } from 'vitest';
import type { OptionFormInput } from './optionForm.ts';
import { stepsMergeNote } from './stepsMergeNote.ts';

const wait = { WorkflowStepId: 1, StepType: 'WaitForTime', Rank: 1, Delay: 5, DelayUnit: 'Days' };
const mail = { WorkflowStepId: 2, StepType: 'SendEmail', Rank: 2, Subject: 'Hi' };
const opened: OptionFormInput = {
  Name: 'Everyone else',
  Key: 'else',
  Rank: 3,
  OptionType: 'None',
  Steps: [wait, mail],
};
const withSteps = (...Steps: OptionFormInput['Steps']) => ({ ...opened, Steps });

describe('what Save mine anyway does with their step changes', () => {
  it('says nothing when only one side changed the steps', () => {
    const changed = withSteps(wait);
    expect(stepsMergeNote(opened, changed, opened)).toBeNull();
    expect(stepsMergeNote(opened, { ...opened, Name: 'B' }, changed)).toBeNull();
  });

  it('says their step changes are kept when no step clashes', () => {
    const theirs = withSteps({ ...wait, Delay: 7 }, mail);
    const mine = withSteps(wait, mail, { WorkflowStepId: 0, StepType: 'SendSMS' });
    expect(stepsMergeNote(opened, theirs, mine)).toBe(
      'They also changed the steps. Save mine anyway keeps their step changes along with yours.',
    );
  });

  it('names each clashing step, and says all the steps are then replaced', () => {
    const theirs = withSteps({ ...wait, Delay: 7 }, { ...mail, Subject: 'Theirs' });
    const mine = withSteps({ ...mail, Subject: 'Mine' });
    expect(stepsMergeNote(opened, theirs, mine)).toBe(
      'They also changed the steps, and some of their changes clash with yours: step 1, Wait time: 5 days (you removed it; they changed it); step 1, Send e-mail: “Mine” (you both changed it). Save mine anyway replaces all the steps with yours, so their changes to the steps are lost.',
    );
  });

  it('names a step I changed that they removed', () => {
    const theirs = withSteps(wait);
    const mine = withSteps(wait, { ...mail, Subject: 'Mine' });
    expect(stepsMergeNote(opened, theirs, mine)).toContain(
      'step 2, Send e-mail: “Mine” (you changed it; they removed it)',
    );
  });
});
