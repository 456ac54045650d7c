import { describe, expect, it } from 'vitest';
import { toggledListValues, unlistedValues } from './listValues.ts';

const items = [
  { Id: '1', Name: 'A customer' },
  { Id: '2', Name: 'B customer' },
];

describe('unlistedValues', () => {
  it('names the stored ids no longer in the list by their loaded DisplayValue', () => {
    expect(unlistedValues(['1', '99'], ['A customer', 'Gold (retired)'], items)).toEqual([
      { id: '99', label: 'Gold (retired)' },
    ]);
  });

  it('falls back to the id when the DisplayValues do not go with the values', () => {
    expect(unlistedValues(['99'], [], items)).toEqual([{ id: '99', label: '99' }]);
    expect(unlistedValues(['1', '2'], null, items)).toEqual([]);
  });
});

describe('toggledListValues', () => {
  it('keeps an unlisted id when another box is ticked or unticked', () => {
    expect(toggledListValues(['1', '99'], items, '2', true)).toEqual(['1', '2', '99']);
    expect(toggledListValues(['1', '99'], items, '1', false)).toEqual(['99']);
  });

  it('lets the user untick an unlisted id', () => {
    expect(toggledListValues(['1', '99'], items, '99', false)).toEqual(['1']);
  });
});
