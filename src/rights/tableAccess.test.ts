import { describe, expect, it } from 'vitest';
import { parseTableRight } from './tableAccess.ts';

const can = (mask: string | number | null) => {
  const a = parseTableRight({ Mask: mask, Reason: '' });
  return [a.canSelect, a.canUpdate, a.canInsert, a.canDelete];
};

describe('parseTableRight', () => {
  it('null, absent, empty or Uninitialized mean no restriction', () => {
    for (const json of [null, undefined, { Mask: null }, { Mask: '' }, { Mask: 'Uninitialized' }]) {
      const a = parseTableRight(json);
      expect(a.unrestricted).toBe(true);
      expect(a.canUpdate && a.canInsert && a.canDelete).toBe(true);
    }
  });

  it.each([
    ['FULL', [true, true, true, true]],
    ['URI', [true, true, true, false]],
    ['UDR', [true, true, false, true]],
    ['UR', [true, true, false, false]],
    ['RI', [true, false, true, false]],
    ['R', [true, false, false, false]],
    ['Select', [true, false, false, false]],
    ['RF', [true, false, false, false]],
    ['FI', [false, false, true, false]],
    ['F', [false, false, false, false]],
    ['None', [false, false, false, false]],
    ['Select, Update, Delete', [true, true, false, true]],
    ['select,update', [true, true, false, false]],
    [15, [true, true, true, true]],
    [3, [true, true, false, false]],
    ['7', [true, true, true, false]],
  ])('%s', (mask, expected) => {
    expect(can(mask)).toEqual(expected);
  });

  it('flags Filtering and RestrictedUpdate as "check each field"', () => {
    expect(parseTableRight({ Mask: 'RF' }).checkFields).toBe(true);
    expect(parseTableRight({ Mask: 'Select, Update, RestrictedUpdate' }).checkFields).toBe(true);
    expect(parseTableRight({ Mask: 'URI' }).checkFields).toBe(false);
  });

  it('keeps a readable Reason and drops an untranslated resource token', () => {
    expect(parseTableRight({ Mask: 'R', Reason: 'Only admins may edit goals' }).reason).toBe(
      'Only admins may edit goals',
    );
    expect(parseTableRight({ Mask: 'R', Reason: '[SR_NO_UPDATE_RIGHT_12]' }).reason).toBe('');
  });

  it('reads a mask of unknown names as Select-only and reports them', () => {
    const a = parseTableRight({ Mask: 'Teleport' });
    expect([a.canSelect, a.canUpdate, a.canInsert, a.canDelete]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(a.unknownNames).toEqual(['Teleport']);
    expect(parseTableRight({ Mask: 'URI, Teleport' }).canInsert).toBe(true);
  });

  it('returns the same frozen object for the same mask and reason', () => {
    const a = parseTableRight({ Mask: 'URI', Reason: 'x' });
    expect(parseTableRight({ Mask: 'URI', Reason: 'x' })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
