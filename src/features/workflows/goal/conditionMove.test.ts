import { describe, expect, it } from 'vitest';
import type { ArchiveRestrictionInfo } from '../../../api/workflow/schemas.ts';
import { moveCondition } from './conditionMove.ts';

const r = (Name: string, InterOperator: string, InterParenthesis = 0, extra: object = {}) =>
  ({
    Name,
    Operator: 'oneOf',
    Values: [Name],
    InterOperator,
    InterParenthesis,
    ...extra,
  }) as ArchiveRestrictionInfo;
const names = (rs: ArchiveRestrictionInfo[]) => rs.map((x) => x.Name);

describe('moveCondition', () => {
  // A and (B or C)
  const rs = [r('a', 'And'), r('b', 'Or', 1), r('c', 'None', -1, { UniqueHash: 9 })];

  it('moves the condition, keeping the joins and parentheses of the positions', () => {
    const moved = moveCondition(rs, 2, 1);
    expect(names(moved)).toEqual(['a', 'c', 'b']);
    expect(moved.map((x) => x.InterOperator)).toEqual(['And', 'Or', 'None']);
    expect(moved.map((x) => x.InterParenthesis)).toEqual([0, 1, -1]);
    // Everything else travels with the condition.
    expect(moved[1]).toMatchObject({ Values: ['c'], UniqueHash: 9 });
  });

  it('moves to the top and to the bottom; the last one still joins to nothing', () => {
    expect(names(moveCondition(rs, 2, 0))).toEqual(['c', 'a', 'b']);
    const down = moveCondition(rs, 0, 2);
    expect(names(down)).toEqual(['b', 'c', 'a']);
    expect(down[2].InterOperator).toBe('None');
  });

  it('moving back undoes a move exactly', () => {
    expect(moveCondition(moveCondition(rs, 0, 2), 2, 0)).toEqual(rs);
  });

  it('leaves the list as it is for a move to the same place or out of range', () => {
    expect(moveCondition(rs, 1, 1)).toEqual(rs);
    expect(moveCondition(rs, 0, 3)).toEqual(rs);
    expect(moveCondition(rs, -1, 0)).toEqual(rs);
  });
});
