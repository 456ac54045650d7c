import { describe, expect, it } from 'vitest';
import {
  buildSettingsPayload,
  changedSettings,
  groupSettingsOf,
  settingsToDescribe,
} from './groupSettings.ts';

const months = (v: number) => new Array<number>(12).fill(v);

const group = {
  TargetGroupId: 7,
  Year: 2031,
  PeriodType: 'Month',
  EntityType: 'Sale',
  SomethingNew: { kept: true },
  TableRight: { Mask: 'FULL', Reason: '' },
  TargetAssignments: [
    {
      TargetAssignmentInfoId: 1,
      Values: months(100.01),
      Locked: true,
      TargetContact: { ContactId: 1, Name: 'Flowdesk Demo AS' },
      Currency: { Id: 1, Value: 'NOK' },
      Extra: 'row property',
    },
    {
      TargetAssignmentInfoId: 2,
      Values: months(1000),
      Locked: false,
      TargetUserGroup: { Id: 4, Value: 'Sales Japan' },
      Currency: { Id: 5, Value: 'JPY' },
    },
    {
      TargetAssignmentInfoId: 3,
      Values: [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.4],
      Locked: false,
      TargetAssociate: { AssociateId: 9, FullName: 'Aiko Sato', GroupIdx: 4 },
    },
  ],
};

describe('group settings', () => {
  it('reads the settings and says which changed', () => {
    expect(groupSettingsOf(group)).toEqual({ Year: 2031, PeriodType: 'Month', EntityType: 'Sale' });
    expect(groupSettingsOf({ ...group, EntityType: null }).EntityType).toBe('Sale');
    expect(
      changedSettings(group, { Year: 2032, PeriodType: 'Quarter', EntityType: 'Sale' }),
    ).toEqual(['Year', 'PeriodType']);
    expect(changedSettings(group, groupSettingsOf(group))).toEqual([]);
  });

  it('a Year change keeps everything else, rows included (same objects)', () => {
    const body = buildSettingsPayload(group, {
      Year: 2032,
      PeriodType: 'Month',
      EntityType: 'Sale',
    });
    expect(body).toMatchObject({ TargetGroupId: 7, Year: 2032, SomethingNew: { kept: true } });
    expect(body.TableRight).toBe(group.TableRight);
    expect(body.TargetAssignments).toBe(group.TargetAssignments);
  });

  it('a PeriodType change converts every row, locked ones too, in its currency', () => {
    const body = buildSettingsPayload(group, {
      Year: 2031,
      PeriodType: 'Quarter',
      EntityType: 'Sale',
    });
    const [company, japan, aiko] = body.TargetAssignments;
    expect(company).toMatchObject({
      Locked: true,
      Extra: 'row property',
      Values: months(300.03).slice(0, 4),
    });
    expect(japan.Values).toEqual([3000, 3000, 3000, 3000]);
    // Aiko inherits JPY (0 decimals) from her group, as in the grid: 0.4 rounds to 0.
    expect(aiko.Values).toEqual([10, 0, 0, 0]);
    expect(group.TargetAssignments[0].Values).toHaveLength(12); // the loaded group is untouched

    const back = buildSettingsPayload(
      { ...body, PeriodType: 'Quarter' },
      { Year: 2031, PeriodType: 'HalfYear', EntityType: 'Sale' },
    );
    expect(back.TargetAssignments[0].Values).toEqual([600.06, 600.06]);
    const monthly = buildSettingsPayload(
      { ...body, PeriodType: 'Quarter' },
      { Year: 2031, PeriodType: 'Month', EntityType: 'Sale' },
    );
    expect(monthly.TargetAssignments[0].Values.slice(0, 3)).toEqual([100.01, 100.01, 100.01]);
  });

  it('an unknown PeriodType name is sent as chosen, the rows left as they are', () => {
    const body = buildSettingsPayload(group, {
      Year: 2031,
      PeriodType: 'Fortnight',
      EntityType: 'Sale',
    });
    expect(body.PeriodType).toBe('Fortnight');
    expect(body.TargetAssignments).toBe(group.TargetAssignments);
  });
});

describe('settingsToDescribe', () => {
  const group = { Year: 2027, PeriodType: 'Month', EntityType: 'Sale' };

  it('takes a year that cannot be saved as unchanged, so no move to it is described', () => {
    for (const Year of [1900, 2101, 2027.5, undefined, Number.NaN])
      expect(settingsToDescribe(group, { Year }, false).Year).toBe(2027);
    expect(settingsToDescribe(group, { Year: 2030 }, false).Year).toBe(2030);
    // Refused by the server ("… targets for 2026 already exist. Choose another year.").
    expect(settingsToDescribe(group, { Year: 2026 }, true).Year).toBe(2027);
    expect(
      changedSettings(
        group,
        settingsToDescribe(group, { Year: 1900, PeriodType: 'Quarter' }, false),
      ),
    ).toEqual(['PeriodType']);
  });
});
