import { describe, expect, it } from 'vitest';
import type { RestrictableField } from '../../../api/workflow/schemas.ts';
import { describeRestriction, summarizeGroup } from './restrictionSummary.ts';

const fields: RestrictableField[] = [
  {
    Name: 'personCategory',
    DisplayName: 'Category',
    Type: 'list',
    ListItems: [
      { Id: '1', Name: 'A' },
      { Id: '2', Name: 'B' },
    ],
  },
  { Name: 'saleCount', DisplayName: 'Number of sales', Type: 'number', ListItems: [] },
  { Name: 'personNoMailing', DisplayName: 'No mailings', Type: 'bool', ListItems: [] },
  { Name: 'lastActivity', DisplayName: 'Last activity', Type: 'date', ListItems: [] },
  { Name: 'personEmail', DisplayName: 'E-mail', Type: 'text', ListItems: [] },
];

describe('restriction summary', () => {
  it('reads the example from the brief', () => {
    expect(
      summarizeGroup(
        {
          Restrictions: [
            { Name: 'personCategory', Operator: 'oneOf', Values: ['1', '2'], InterOperator: 'And' },
            { Name: 'saleCount', Operator: '>', Values: ['3'], InterOperator: 'None' },
          ],
        },
        fields,
      ),
    ).toBe('Category is one of “A”, “B” and Number of sales > 3');
  });

  it('quotes list values, so an Or after them joins conditions, not values', () => {
    const categories: RestrictableField[] = [
      {
        Name: 'personCategory',
        DisplayName: 'Category',
        Type: 'list',
        ListItems: [
          { Id: '1', Name: 'A customer' },
          { Id: '2', Name: 'B customer' },
        ],
      },
      {
        Name: 'personBusiness',
        DisplayName: 'Business',
        Type: 'list',
        ListItems: [{ Id: '7', Name: 'IT' }],
      },
      ...fields.slice(1),
    ];
    expect(
      summarizeGroup(
        {
          Restrictions: [
            {
              Name: 'personCategory',
              Operator: 'oneOf',
              Values: ['1', '2'],
              InterParenthesis: 1,
              InterOperator: 'Or',
            },
            {
              Name: 'personBusiness',
              Operator: 'oneOf',
              Values: ['7'],
              InterParenthesis: -1,
              InterOperator: 'And',
            },
            { Name: 'saleCount', Operator: '>', Values: ['3000'] },
          ],
        },
        categories,
        'de-DE',
      ),
    ).toBe(
      '(Category is one of “A customer”, “B customer” or Business is one of “IT”) and Number of sales > 3.000',
    );
  });

  it('says a join of None between conditions is not set (not And, not a semicolon)', () => {
    expect(
      summarizeGroup(
        {
          Restrictions: [
            { Name: 'personEmail', Operator: 'contains', Values: ['@'], InterOperator: 'None' },
            { Name: 'saleCount', Operator: '>', Values: ['3'], InterOperator: 'And' },
          ],
        },
        fields,
      ),
    ).toBe('E-mail contains “@” — no join — Number of sales > 3');
  });

  it('shows parentheses and Or', () => {
    expect(
      summarizeGroup(
        {
          Restrictions: [
            {
              Name: 'saleCount',
              Operator: '>=',
              Values: ['1'],
              InterParenthesis: 1,
              InterOperator: 'Or',
            },
            {
              Name: 'personEmail',
              Operator: 'contains',
              Values: ['@x'],
              InterParenthesis: -1,
              InterOperator: 'And',
            },
            { Name: 'personNoMailing', Operator: '=', Values: ['0'] },
          ],
        },
        fields,
      ),
    ).toBe('(Number of sales ≥ 1 or E-mail contains “@x”) and No mailings is no');
  });

  it('prefers DisplayValues, marks inactive conditions and handles arity', () => {
    expect(
      describeRestriction(
        { Name: 'personCategory', Operator: 'oneOf', Values: ['9'], DisplayValues: ['Gold'] },
        fields,
      ),
    ).toBe('Category is one of “Gold”');
    expect(
      describeRestriction(
        { Name: 'saleCount', Operator: 'between', Values: ['1', '5'], IsActive: false },
        fields,
      ),
    ).toBe('Number of sales between 1 and 5 (inactive)');
    expect(
      describeRestriction({ Name: 'personEmail', Operator: 'notSet', Values: [] }, fields),
    ).toBe('E-mail is empty');
    expect(
      describeRestriction({ Name: 'lastActivity', Operator: 'lastXDays', Values: ['30'] }, fields),
    ).toBe('Last activity is in the last 30 days');
    expect(
      describeRestriction({ Name: 'lastActivity', Operator: 'lastXDays', Values: ['1'] }, fields),
    ).toBe('Last activity is in the last 1 day');
  });

  it('writes amounts and dates in the user’s culture, as the editors do', () => {
    const amount = {
      Name: 'saleCount',
      Operator: '>=',
      Values: ['50000.5'],
      DisplayValues: ['50000.5'],
    };
    const date = {
      Name: 'lastActivity',
      Operator: 'after',
      Values: ['2026-01-01'],
      DisplayValues: ['2026-01-01'],
    };
    expect(describeRestriction(amount, fields, 'en-US')).toBe('Number of sales ≥ 50,000.5');
    expect(describeRestriction(amount, fields, 'de-DE')).toBe('Number of sales ≥ 50.000,5');
    expect(describeRestriction(date, fields, 'en-US')).toBe('Last activity is after Jan 1, 2026');
    expect(describeRestriction(date, fields, 'de-DE')).toBe('Last activity is after 01.01.2026');
    expect(
      describeRestriction({ ...date, Operator: 'lastXDays', Values: ['1000'] }, fields, 'en-US'),
    ).toBe('Last activity is in the last 1,000 days');
    expect(
      summarizeGroup(
        { Restrictions: [{ ...amount, Operator: 'between', Values: ['1 234,5', '1e3x'] }] },
        fields,
        'en-US',
      ),
    ).toBe('Number of sales between 1,234.5 and 1e3x');
    expect(
      describeRestriction({ ...amount, Values: ['99999999999999999999999'] }, fields, 'en-US'),
    ).toBe('Number of sales ≥ 99,999,999,999,999,999,999,999');
  });

  it('shows a value not filled in yet as ?', () => {
    expect(
      describeRestriction(
        {
          Name: 'saleCount',
          Operator: 'between',
          Values: ['50000', ''],
          DisplayValues: ['50000', ''],
        },
        fields,
        'en-US',
      ),
    ).toBe('Number of sales between 50,000 and ?');
    expect(
      describeRestriction({ Name: 'personEmail', Operator: 'contains', Values: [''] }, fields),
    ).toBe('E-mail contains ?');
  });

  it('says a condition has no field yet, instead of a blank and a lone ?', () => {
    const added = { Name: '', Operator: '', Values: [], IsActive: true, InterOperator: 'None' };
    expect(describeRestriction(added, fields)).toBe('(no field chosen yet)');
    expect(
      summarizeGroup(
        {
          Restrictions: [
            { Name: 'personEmail', Operator: 'contains', Values: ['@'], InterOperator: 'And' },
            added,
          ],
        },
        fields,
      ),
    ).toBe('E-mail contains “@” and (no field chosen yet)');
    expect(describeRestriction({ ...added, IsActive: false }, fields)).toBe(
      '(no field chosen yet) (inactive)',
    );
  });

  it('falls back to ColumnInfo and the raw operator for unknown fields', () => {
    expect(
      describeRestriction(
        { Name: 'x', Operator: 'weird', Values: ['v'], ColumnInfo: { DisplayName: 'Mystery' } },
        fields,
      ),
    ).toBe('Mystery weird “v”');
    // A clause like every other summary (no full stop): it is embedded in sentences.
    expect(summarizeGroup({ Restrictions: [] }, fields)).toBe(
      'No conditions, so every participant matches',
    );
  });
});

describe('restriction summary of values stored in other shapes', () => {
  it('reads yes/no stored as True/False/true as the editor does', () => {
    const said = (v: string) =>
      describeRestriction({ Name: 'personNoMailing', Operator: '=', Values: [v] }, fields);
    expect(['True', 'true', '1'].map(said)).toEqual(Array(3).fill('No mailings is yes'));
    expect(['False', 'false', '0'].map(said)).toEqual(Array(3).fill('No mailings is no'));
  });

  it('writes a date stored with a time as a date, not the raw text', () => {
    expect(
      describeRestriction(
        { Name: 'lastActivity', Operator: 'after', Values: ['2026-03-01T00:00:00'] },
        fields,
        'en-US',
      ),
    ).toBe('Last activity is after Mar 1, 2026');
  });
});
