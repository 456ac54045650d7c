import { describe, expect, it } from 'vitest';
import type { ArchiveRestrictionInfo } from '../../../api/workflow/schemas.ts';
import { neighbourAfterRemoval } from './restrictionEdits.ts';

const r = (Name: string, InterOperator: string, extra: object = {}) =>
  ({ Name, Operator: 'oneOf', Values: [], InterOperator, ...extra }) as ArchiveRestrictionInfo;

describe('neighbourAfterRemoval', () => {
  it('makes the new last condition join with None when the last one is removed', () => {
    const rs = [r('a', 'And', { UniqueHash: 7 }), r('b', 'Or'), r('c', 'None')];
    expect(neighbourAfterRemoval(rs, 2)).toEqual({
      index: 1,
      restriction: r('b', 'None'),
    });
    // Everything else on the neighbour is kept.
    expect(neighbourAfterRemoval(rs.slice(0, 2), 1)?.restriction).toEqual(
      r('a', 'None', { UniqueHash: 7 }),
    );
  });

  it('leaves the others alone when a first or middle condition goes, or nothing joins', () => {
    const rs = [r('a', 'And'), r('b', 'Or'), r('c', 'None')];
    expect(neighbourAfterRemoval(rs, 0)).toBeNull();
    expect(neighbourAfterRemoval(rs, 1)).toBeNull();
    expect(neighbourAfterRemoval([r('a', 'None')], 0)).toBeNull();
    expect(neighbourAfterRemoval([r('a', 'None'), r('b', 'None')], 1)).toBeNull();
  });
});
