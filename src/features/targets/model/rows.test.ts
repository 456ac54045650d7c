import { describe, expect, it } from 'vitest';
import { buildTargetRows, columnTotals, type AssignmentForRows } from './rows.ts';

const user = (
  id: number,
  group: number,
  name: string,
  values: number[],
  locked = false,
): AssignmentForRows => ({
  TargetAssignmentInfoId: id,
  Values: values,
  Locked: locked,
  TargetAssociate: { AssociateId: id, FullName: name, GroupIdx: group },
});
const assignments: AssignmentForRows[] = [
  {
    TargetAssignmentInfoId: 1,
    Values: [100, 200],
    Locked: false,
    TargetContact: { ContactId: 1, Name: 'Flowdesk Demo AS' },
    Currency: { Id: 1, Value: 'NOK' },
  },
  {
    TargetAssignmentInfoId: 2,
    Values: [50, 50],
    Locked: true,
    TargetUserGroup: { Id: 7, Value: 'Sales Japan' },
    Currency: { Id: 5, Value: 'JPY' },
  },
  user(3, 7, 'Aiko Sato', [10.4, 20]),
  user(4, 7, 'Ken Mori', [5, 5], true),
  user(5, 8, 'Orphan User', [1.25, 0]),
];

describe('buildTargetRows', () => {
  it('orders company, group, users, sum row; users inherit the group currency', () => {
    const rows = buildTargetRows(assignments, new Map());
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ['company', 'Flowdesk Demo AS'],
      ['group', 'Sales Japan'],
      ['user', 'Aiko Sato'],
      ['user', 'Ken Mori'],
      ['groupSum', 'All – Sales Japan'],
      ['user', 'Orphan User'],
      ['groupSum', 'All – Group 8'],
    ]);
    expect(rows[2]).toMatchObject({ currency: 'JPY', decimals: 0, groupId: 7, key: 'a3' });
    expect(rows[4]).toMatchObject({
      derived: true,
      assignmentId: null,
      values: [15, 25],
      key: 'sum7',
    });
    expect(rows[6].values).toEqual([1.25, 0]);
    expect(rows[1].locked).toBe(true);
  });

  it('gives a group without users no sum row (a type on company and group level only)', () => {
    const rows = buildTargetRows(assignments.slice(0, 2), new Map());
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ['company', 'Flowdesk Demo AS'],
      ['group', 'Sales Japan'],
    ]);
  });

  it('takes currency decimals from the caller when given', () => {
    const rows = buildTargetRows(assignments, new Map(), {
      decimalsFor: (c) => (c === 'NOK' ? 0 : 3),
    });
    expect(rows[0].decimals).toBe(0);
    expect(rows[2].decimals).toBe(3);
  });

  it('overlays edits', () => {
    const rows = buildTargetRows(assignments, new Map([[3, { values: [1, 2], locked: true }]]));
    expect(rows[2]).toMatchObject({ values: [1, 2], locked: true });
    expect(rows[4].values).toEqual([6, 7]);
  });

  it('sums user rows exactly for the footer', () => {
    const rows = buildTargetRows(assignments, new Map());
    expect(columnTotals(rows, 2)).toEqual([16.65, 25]);
    expect(columnTotals(rows, 2, (r) => r.kind === 'company')).toEqual([100, 200]);
  });

  it('counts (MeasurementUnit Count) have no currency and whole numbers', () => {
    const rows = buildTargetRows(assignments, new Map(), { counts: true });
    expect(rows.every((r) => r.currency === null && r.decimals === 0)).toBe(true);
    expect(buildTargetRows(assignments, new Map()).some((r) => r.currency !== null)).toBe(true);
  });
});
