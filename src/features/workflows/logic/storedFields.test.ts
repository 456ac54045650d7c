import { describe, expect, it } from 'vitest';
import type { ArchiveRestrictionInfo, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { summarizeGroup } from './restrictionSummary.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { fieldsFromConditions, listItemsOf, listNameOf } from './storedFields.ts';

const condition = (
  Name: string,
  DisplayName: string,
  RestrictionType: string | null,
  Operator: string,
  Values: string[],
  DisplayValues?: string[],
): ArchiveRestrictionInfo => ({
  Name,
  Operator,
  Values,
  DisplayValues,
  ColumnInfo: { Name, DisplayName, RestrictionType },
  InterOperator: 'And',
});

const goal = (Restrictions: ArchiveRestrictionInfo[]): WorkflowGoal => ({
  WorkflowGoalId: 1,
  RestrictionGroups: [{ Name: 'G', Restrictions }],
});

describe('fieldsFromConditions', () => {
  it('types each field by the ColumnInfo stored with its condition', () => {
    const fields = fieldsFromConditions([
      goal([
        condition('saleAmount', 'Sales amount', 'decimal', '>=', ['50000']),
        condition('personNoMailing', 'No mailings', 'bool', '=', ['0']),
      ]),
      goal([
        condition('saleCount', 'Number of sales', 'int', '>', ['3']),
        condition('personCategory', 'Category', 'listAny', 'oneOf', ['1'], ['A customer']),
        condition('personEmail', 'E-mail', 'string', 'contains', ['@']),
        condition('lastActivity', 'Last activity', 'date', 'after', ['2026-01-01']),
        condition('saleAmount', 'Sales amount', 'decimal', '<', ['9']),
      ]),
    ]);
    expect(fields.map((f) => [f.Name, f.DisplayName, f.Type])).toEqual([
      ['saleAmount', 'Sales amount', 'number'],
      ['personNoMailing', 'No mailings', 'bool'],
      ['saleCount', 'Number of sales', 'number'],
      ['personCategory', 'Category', 'list'],
      ['personEmail', 'E-mail', 'text'],
      ['lastActivity', 'Last activity', 'date'],
    ]);
  });

  it('leaves out a field whose stored type is missing or unknown', () => {
    const fields = fieldsFromConditions([
      goal([
        condition('a', 'A', null, '=', ['1']),
        condition('b', 'B', 'somethingNew', '=', ['1']),
        { Name: 'c', Operator: '=', Values: ['1'] },
      ]),
    ]);
    expect(fields).toEqual([]);
  });

  it('makes a summary write numbers, yes/no and dates as with the field list', () => {
    const g = goal([
      condition('saleAmount', 'Sales amount', 'decimal', '>=', ['1500.5']),
      condition('personNoMailing', 'No mailings', 'bool', '=', ['0']),
      condition('lastActivity', 'Last activity', 'date', 'after', ['2026-01-01']),
    ]);
    const group = g.RestrictionGroups![0];
    expect(summarizeGroup(group, fieldsFromConditions([g]), 'en-US')).toBe(
      'Sales amount ≥ 1,500.5 and No mailings is no and Last activity is after Jan 1, 2026',
    );
  });
});

describe('listNameOf', () => {
  it('names the MDO list a list field’s stored ColumnInfo names, and none for other fields', () => {
    const [category, amount] = fieldsFromConditions([
      goal([
        {
          ...condition('personCategory', 'Category', 'listAny', 'oneOf', ['1']),
          ColumnInfo: {
            DisplayName: 'Category',
            RestrictionType: 'listAny',
            RestrictionListName: ' category ',
          },
        },
        condition('saleAmount', 'Sales amount', 'decimal', '>=', ['1']),
      ]),
    ]);
    expect(listNameOf(category)).toBe('category');
    expect(listNameOf(amount)).toBeNull();
    const [unnamed] = fieldsFromConditions([
      goal([condition('personBusiness', 'Business', 'listAny', 'oneOf', ['1'])]),
    ]);
    expect(listNameOf(unnamed)).toBeNull();
  });
});

describe('listItemsOf', () => {
  const item = (Id: number, Name: string, more: Partial<MdoListItem> = {}): MdoListItem => ({
    Id,
    Name,
    ...more,
  });

  it('gives ids as a condition stores them, headings’ children in their place, no deleted items', () => {
    expect(
      listItemsOf([
        item(1, 'A customer'),
        item(10, 'Heading', {
          ChildItems: [item(3, 'Prospect'), item(4, 'Old', { Deleted: true })],
        }),
        item(2, 'Gone', { Deleted: true }),
        item(5, 'Partner', { ChildItems: [] }),
      ]),
    ).toEqual([
      { Id: '1', Name: 'A customer' },
      { Id: '3', Name: 'Prospect' },
      { Id: '5', Name: 'Partner' },
    ]);
  });
});
