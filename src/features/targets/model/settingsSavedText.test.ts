import { describe, expect, it } from 'vitest';
import { settingsSavedText } from './settingsSavedText.ts';

describe('settingsSavedText', () => {
  it('says the year and the period type', () => {
    expect(settingsSavedText({ Year: 2027, PeriodType: 'HalfYear' })).toBe(
      'Targets 2027, half-yearly.',
    );
  });

  it('says only the year when the user may not see the period type', () => {
    const group = {
      Year: 2027,
      PeriodType: 'Month',
      FieldProperties: { PeriodType: { FieldRight: { Mask: 'None', Reason: '' } } },
    };
    expect(settingsSavedText(group)).toBe('Targets 2027.');
  });
});
