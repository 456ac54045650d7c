import { describe, expect, it } from 'vitest';
import type { RestrictableField } from '../../../api/workflow/schemas.ts';
import { conditionFieldSource } from './conditionFieldSource.ts';

const list: RestrictableField[] = [
  { Name: 'saleAmount', DisplayName: 'Sales amount', Type: 'number', ListItems: [] },
];

describe('conditionFieldSource', () => {
  it('takes the server’s list when it has one', () => {
    expect(conditionFieldSource({ data: list, isError: false })).toBe('list');
  });

  it('keeps a list read before, when refreshing it failed', () => {
    expect(conditionFieldSource({ data: list, isError: true })).toBe('list');
  });

  it('stands in with the stored fields on a server that offers no list', () => {
    expect(conditionFieldSource({ data: null, isError: false })).toBe('standIns');
  });

  it('stands in with the stored fields when the list could not be read, as when none is offered', () => {
    expect(conditionFieldSource({ data: undefined, isError: true })).toBe('standIns');
  });

  it('offers nothing while the list is still being read', () => {
    expect(conditionFieldSource({ data: undefined, isError: false })).toBe('none');
  });
});
