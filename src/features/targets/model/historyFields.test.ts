import { describe, expect, it } from 'vitest';
import { groupSettingChange, periodTypesByRevision, periodTypeWithCount } from './historyFields.ts';

const change = (FieldIdentifier: string, ValueChangeFrom: number, ValueChangeTo = 0) => ({
  FieldIdentifier,
  ValueChangeFrom,
  ValueChangeTo,
});

describe('history of group settings', () => {
  it('names the group-level fields and their values', () => {
    expect(groupSettingChange('Year')?.label).toBe('Target year');
    expect(groupSettingChange('Year')?.text(2032)).toBe('2032');
    expect(groupSettingChange('PeriodType')?.text(3)).toBe('Quarter');
    expect(groupSettingChange('periodtype')?.text(2)).toBe('Half year');
    expect(groupSettingChange('PeriodType')?.text(9)).toBe('9');
    expect(groupSettingChange('EntityType')?.text(1)).toBe('Sale');
    expect(groupSettingChange('Values[3]')).toBeNull();
    expect(groupSettingChange(null)).toBeNull();
  });

  it('older revisions name their values in the period type before each change', () => {
    const revisions = [
      { Changes: [change('Values[7]', 0)] }, // monthly then
      { Changes: [change('PeriodType', 4, 2), change('Values[0]', 0)] }, // Month → HalfYear
      { Changes: [change('Values[1]', 0)] },
      { Changes: [change('PeriodType', 2, 3)] }, // HalfYear → Quarter
      { Changes: [change('Locked', 0, 1)] },
    ];
    expect(periodTypesByRevision(revisions, 'Quarter')).toEqual([
      'Month',
      'HalfYear',
      'HalfYear',
      'Quarter',
      'Quarter',
    ]);
    expect(periodTypesByRevision([{ Changes: null }, {}], 'Month')).toEqual(['Month', 'Month']);
    expect(periodTypesByRevision([{}, { Changes: [change('PeriodType', 0)] }], 'Year')).toEqual([
      null,
      'Year',
    ]);
  });

  it('finds the period type of a number of periods', () => {
    expect([12, 4, 2, 1, 3].map(periodTypeWithCount)).toEqual([
      'Month',
      'Quarter',
      'HalfYear',
      'Year',
      null,
    ]);
  });
});
