import { describe, expect, it } from 'vitest';
import { levelsText, rowsForLevels } from './assignmentLevels.ts';
import type { AssignmentForRows } from './rows.ts';

const company = {
  TargetAssignmentInfoId: 1,
  Values: [0],
  Locked: false,
  TargetContact: { ContactId: 2 },
};
const group = { TargetAssignmentInfoId: 2, Values: [0], Locked: false, TargetUserGroup: { Id: 3 } };
const user = {
  TargetAssignmentInfoId: 3,
  Values: [0],
  Locked: false,
  TargetAssociate: { AssociateId: 4 },
  TargetUserGroup: { Id: 3 },
};
const rows = [company, group, user] as unknown as AssignmentForRows[];
const all = { company: true, group: true, associate: true };

describe('rowsForLevels', () => {
  it('keeps the owners the target type has targets for', () => {
    expect(rowsForLevels(rows, all)).toEqual(rows);
    // "Available on company and group level only": no user rows.
    expect(rowsForLevels(rows, { ...all, associate: false })).toEqual([company, group]);
    expect(rowsForLevels(rows, { company: false, group: false, associate: true })).toEqual([user]);
  });

  it('keeps every row when the type sends no levels', () => {
    expect(rowsForLevels(rows, { company: false, group: false, associate: false })).toEqual(rows);
  });
});

describe('levelsText', () => {
  it('says which rows the new group has', () => {
    expect(levelsText(all)).toBe('a row for the company, each user group and its users');
    expect(levelsText({ ...all, associate: false })).toBe(
      'a row for the company and each user group',
    );
    expect(levelsText({ company: true, group: false, associate: true })).toBe(
      'a row for the company and each user',
    );
    expect(levelsText({ company: false, group: false, associate: false })).toBe(
      'a row for the company, each user group and its users',
    );
  });
});
