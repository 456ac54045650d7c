import { describe, expect, it } from 'vitest';
import { ownerKey, valuesByOwner } from './ownerKey.ts';

describe('ownerKey', () => {
  it('names the owner the same way in any year', () => {
    const base = { TargetAssignmentInfoId: 1, Values: [1], Locked: false };
    expect(ownerKey({ ...base, TargetAssociate: { AssociateId: 7 } })).toBe('u7');
    expect(ownerKey({ ...base, TargetUserGroup: { Id: 3 } })).toBe('g3');
    expect(ownerKey({ ...base, TargetContact: { ContactId: 2 } })).toBe('c2');
    const m = valuesByOwner([
      { ...base, TargetAssociate: { AssociateId: 7 } },
      { ...base, TargetAssignmentInfoId: 2, Values: [9], TargetAssociate: { AssociateId: 7 } },
    ]);
    expect(m.get('u7')).toEqual([1]);
  });
});
