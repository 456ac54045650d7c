import { describe, expect, it } from 'vitest';
import { groupSummary } from './groupSummary.ts';

const count = new Intl.NumberFormat('en-US');
const rows = (n: number) => Array.from({ length: n }, () => ({}));

describe('groupSummary', () => {
  it('says the period type and how many assignments', () => {
    expect(groupSummary({ PeriodType: 'Quarter', TargetAssignments: rows(1234) }, count)).toBe(
      'Quarterly · 1,234 assignments',
    );
  });

  it('leaves out a period type the user may not see, though the server sent it', () => {
    const group = {
      PeriodType: 'Month',
      TargetAssignments: rows(29),
      FieldProperties: { PeriodType: { FieldRight: { Mask: 'None', Reason: '' } } },
    };
    expect(groupSummary(group, count)).toBe('29 assignments');
  });

  it('says a period type the user may only read', () => {
    const group = {
      PeriodType: 'Month',
      TargetAssignments: null,
      FieldProperties: { PeriodType: { FieldRight: { Mask: 'Read', Reason: '' } } },
    };
    expect(groupSummary(group, count)).toBe('Monthly · 0 assignments');
  });
});
