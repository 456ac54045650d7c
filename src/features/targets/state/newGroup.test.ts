import { describe, expect, it } from 'vitest';
import type { AssignmentForRows } from '../model/rows.ts';
import { newGroupBody } from './newGroup.ts';

const zero = [0, 0, 0, 0];
const template = {
  TargetGroupId: 0,
  Year: 2026,
  Extra: 'kept',
  TargetAssignments: [
    {
      TargetAssignmentInfoId: 0,
      Values: zero,
      Locked: false,
      TargetContact: { ContactId: 1, Name: 'Acme' },
    },
    {
      TargetAssignmentInfoId: 0,
      Values: zero,
      Locked: false,
      TargetUserGroup: { Id: 5, Value: 'G' },
    },
    {
      TargetAssignmentInfoId: 0,
      Values: zero,
      Locked: false,
      TargetAssociate: { AssociateId: 9, GroupIdx: 5 },
    },
    {
      TargetAssignmentInfoId: 0,
      Values: zero,
      Locked: false,
      TargetAssociate: { AssociateId: 10, GroupIdx: 5 },
    },
  ] as AssignmentForRows[],
};
const lastYear: AssignmentForRows[] = [
  {
    TargetAssignmentInfoId: 70,
    Values: [100, 200, 300, 400],
    Locked: true,
    TargetAssociate: { AssociateId: 9, GroupIdx: 5 },
  },
  {
    TargetAssignmentInfoId: 71,
    Values: [1, 1, 1, 1],
    Locked: false,
    TargetUserGroup: { Id: 5, Value: 'G' },
  },
];

describe('newGroupBody', () => {
  it('sets the year, keeps unknown properties and sends new rows with id 0', () => {
    const { body, copied } = newGroupBody(template, 2028, null, 0);
    expect(body.Year).toBe(2028);
    expect(body.Extra).toBe('kept');
    expect(copied).toBe(0);
    expect(body.TargetAssignments!.map((a) => a.TargetAssignmentInfoId)).toEqual([0, 0, 0, 0]);
  });

  it('copies last year per owner, raised by the percentage, exactly', () => {
    const { body, copied } = newGroupBody(template, 2028, lastYear, 10);
    expect(copied).toBe(2);
    const values = body.TargetAssignments!.map((a) => a.Values);
    expect(values[1]).toEqual([1.1, 1.1, 1.1, 1.1]);
    expect(values[2]).toEqual([110, 220, 330, 440]);
    expect(values[3]).toEqual(zero);
    expect(body.TargetAssignments!.every((a) => !a.Locked)).toBe(true);
  });

  it('refuses a change below −100 % (negative targets), and takes −100 % (all 0)', () => {
    const below = newGroupBody(template, 2028, lastYear, -150);
    expect(below.refused).toBe(
      'Enter -100 or more: below -100 % the targets would be negative (-100 % sets them to 0).',
    );
    const all = newGroupBody(template, 2028, lastYear, -100);
    expect(all.refused).toBeNull();
    expect(all.body.TargetAssignments!.map((a) => a.Values)).toEqual([zero, zero, zero, zero]);
  });

  it('refuses a change that takes a row past the target limit, rather than leave it at 0', () => {
    expect(newGroupBody(template, 2028, lastYear, 1_000_000).refused).toBeNull();
    const big: AssignmentForRows[] = [{ ...lastYear[0], Values: [1e9, 0, 0, 0] }];
    expect(newGroupBody(template, 2028, big, 1_000_000).refused).toMatch(
      /last year’s targets \+1000000 % would be over 100000000000\. Enter a smaller change\.$/,
    );
  });

  it('keeps a target type that counts to whole numbers, the year’s count exact (28 + 10 % is 31: 8, 8, 8, 7; not 7.7 each)', () => {
    const counted: AssignmentForRows[] = [
      {
        TargetAssignmentInfoId: 80,
        Values: [7, 7, 7, 7],
        Locked: false,
        TargetAssociate: { AssociateId: 9, GroupIdx: 5 },
      },
    ];
    const withCurrency = {
      ...template,
      TargetAssignments: template.TargetAssignments.map((a) => ({
        ...a,
        Currency: { Id: 1, Value: 'NOK' },
      })),
    };
    const { body } = newGroupBody(withCurrency, 2028, counted, 10, true);
    const values = body.TargetAssignments!.map((a) => a.Values);
    // Each quarter rounded on its own made 32 (8 × 4) of 30.8.
    expect(values[2]).toEqual([8, 8, 8, 7]);
  });
});

describe('newGroupBody copying last year', () => {
  it("keeps each owner's currency from last year, as the copied amounts are in it", () => {
    const nok = { Id: 1, Value: 'NOK' };
    const eur = { Id: 2, Value: 'EUR', Rate: 11.5 };
    const withNok = {
      ...template,
      TargetAssignments: template.TargetAssignments.map((a) => ({ ...a, Currency: nok })),
    };
    const inEur = lastYear.map((a) => ({ ...a, Currency: eur }));
    const { body } = newGroupBody(withNok, 2027, inEur, 10);
    const currencies = body.TargetAssignments!.map((a) => a.Currency);
    // The company and the second user had no row last year: they keep the template's.
    expect(currencies).toEqual([nok, eur, eur, nok]);
  });

  it("keeps the template's currency when not copying values", () => {
    const nok = { Id: 1, Value: 'NOK' };
    const withNok = {
      ...template,
      TargetAssignments: template.TargetAssignments.map((a) => ({ ...a, Currency: nok })),
    };
    const { body } = newGroupBody(withNok, 2027, null, 0);
    expect(body.TargetAssignments!.every((a) => a.Currency === nok)).toBe(true);
  });
});
