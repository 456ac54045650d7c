import { describe, expect, it } from 'vitest';
import type { ArchiveRestrictionInfo } from '../../../api/workflow/schemas.ts';
import { neighbourAfterRemoval, withField, withOperator, withValues } from './restrictionEdits.ts';

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

describe('withField', () => {
  const noMailing = {
    Name: 'personNoMailing',
    Operator: 'equals',
    Values: ['1'],
    DisplayValues: ['1'],
    ColumnInfo: {
      Name: 'personNoMailing',
      DisplayName: 'No mailings',
      DisplayTooltip: 'No mailings',
      DisplayType: 'bool',
      RestrictionType: 'bool',
      RestrictionListName: '',
    },
    IsActive: false,
    InterOperator: 'Or',
    InterParenthesis: 1,
    UniqueHash: 42,
    Custom: 'kept',
  } as ArchiveRestrictionInfo;

  it('describes the new field only: nothing of the old ColumnInfo or hash is kept', () => {
    const registered = {
      Name: 'personRegistered',
      DisplayName: 'Registered',
      Type: 'date' as const,
      ListItems: [],
    };
    const next = withField(noMailing, registered);
    expect(next.Name).toBe('personRegistered');
    // The field came without a ColumnInfo: none is sent (the server fills it), not the old one.
    expect(next.ColumnInfo).toBeNull();
    expect(next.UniqueHash).toBe(0);
    // What is not about the field stays: activity, joins, parentheses, unknown properties.
    expect(next).toMatchObject({
      IsActive: false,
      InterOperator: 'Or',
      InterParenthesis: 1,
      Custom: 'kept',
    });
  });

  it("takes the server's ColumnInfo for the field when it sent one", () => {
    const business = {
      Name: 'personBusiness',
      DisplayName: 'Business',
      Type: 'list' as const,
      ListItems: [{ Id: '1', Name: 'IT' }],
      ColumnInfo: {
        Name: 'personBusiness',
        RestrictionType: 'listAny',
        RestrictionListName: 'business',
      },
    };
    const next = withField(
      { ...noMailing, ColumnInfo: { ...noMailing.ColumnInfo, RestrictionListName: 'category' } },
      business,
    );
    expect(next.ColumnInfo).toEqual(business.ColumnInfo);
    expect(next.ColumnInfo).not.toBe(business.ColumnInfo);
  });
});

describe('withValues on a list', () => {
  const category = {
    Name: 'personCategory',
    DisplayName: 'Category',
    Type: 'list' as const,
    ListItems: [
      { Id: '1', Name: 'A customer' },
      { Id: '2', Name: 'B customer' },
    ],
  };
  const loaded = {
    Name: 'personCategory',
    Operator: 'oneOf',
    Values: ['1', '99'],
    DisplayValues: ['A customer', 'Gold (retired)'],
  } as ArchiveRestrictionInfo;

  it('keeps the loaded DisplayValue of an id no longer in the list', () => {
    expect(withValues(loaded, category, ['99']).DisplayValues).toEqual(['Gold (retired)']);
    expect(withValues(loaded, category, ['1', '2', '99']).DisplayValues).toEqual([
      'A customer',
      'B customer',
      'Gold (retired)',
    ]);
  });
});

describe('withOperator on a date field', () => {
  const registered = {
    Name: 'personRegistered',
    DisplayName: 'Registered',
    Type: 'date' as const,
    ListItems: [],
  };
  const after = {
    Name: 'personRegistered',
    Operator: 'after',
    Values: ['2026-01-01'],
    DisplayValues: ['2026-01-01'],
  } as ArchiveRestrictionInfo;

  it('does not take a date for a number of days, nor a number of days for a date', () => {
    // Was "Registered is in the last 2026-01-01 days", and then "is before 30", saved as 30.
    const lastDays = withOperator(after, registered, 'lastXDays');
    expect(lastDays).toMatchObject({ Operator: 'lastXDays', Values: [''], DisplayValues: [''] });
    const before = withOperator({ ...lastDays, Values: ['30'] }, registered, 'before');
    expect(before).toMatchObject({ Operator: 'before', Values: [''], DisplayValues: [''] });
  });

  it('keeps the dates from one date operator to another', () => {
    expect(withOperator(after, registered, 'before').Values).toEqual(['2026-01-01']);
    expect(withOperator(after, registered, 'between').Values).toEqual(['2026-01-01', '']);
  });
});
