import { describe, expect, it } from 'vitest';
import request from './fixtures/saveTargetGroup.request.json';
import response from './fixtures/saveTargetGroup.response.json';
import {
  parseAssignmentLevel,
  targetAssignmentSchema,
  targetDimensionSchema,
  targetGroupSchema,
  targetRevisionHistorySchema,
} from './schemas.ts';

describe('targets schemas: seed page samples (SaveTargetGroup)', () => {
  it('parse the request and the response unchanged', () => {
    expect(targetGroupSchema.parse(request)).toEqual(request);
    expect(targetGroupSchema.parse(response)).toEqual(response);
  });
});

const row = (id: number, extra: Record<string, unknown> = {}) => ({
  TargetAssignmentInfoId: id,
  Values: [1, 2.5],
  Locked: false,
  TargetAssociate: {
    AssociateId: 10,
    Name: 'NB',
    FullName: 'Nora Berg',
    GroupIdx: 1,
    Type: 'InternalAssociate',
    Deleted: false,
  },
  TargetContact: null,
  TargetUserGroup: null,
  Currency: null,
  DimensionListItem: 0,
  TableRight: { Mask: 'Select, Update', Reason: '' },
  FieldProperties: {
    Values: {
      FieldRight: { Mask: 'Update', Reason: '' },
      FieldType: 'System.Array',
      FieldLength: -1,
    },
  },
  ...extra,
});
const group = (rows: unknown[]) => ({
  TargetGroupId: 1,
  Year: 2026,
  EntityType: 'Sale',
  PeriodType: 'HalfYear',
  TargetAssignments: rows,
  FutureProperty: { x: 1 },
});

describe('targets schemas: lossless, tolerant, fast', () => {
  it('keeps unknown properties on the group and on rows', () => {
    const g = targetGroupSchema.parse(group([row(1, { Extra: 'kept' })]));
    expect(g.FutureProperty).toEqual({ x: 1 });
    expect(g.TargetAssignments?.[0].Extra).toBe('kept');
  });

  it('gives the same result as the full schema, also for rows that need a transform', () => {
    const odd = row(2, { TargetAssociate: { AssociateId: 3, Type: 1 } });
    const g = targetGroupSchema.parse(group([row(1), odd]));
    expect(g.TargetAssignments?.[0]).toEqual(targetAssignmentSchema.parse(row(1)));
    expect(g.TargetAssignments?.[1].TargetAssociate?.Type).toBe('InternalAssociate');
  });

  it('reports a bad row with its index and field', () => {
    const r = targetGroupSchema.safeParse(group([row(1), row(2, { Values: [1, '2'] })]));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(['TargetAssignments', 1, 'Values', 1]);
    expect(targetGroupSchema.safeParse(group('nope' as never)).success).toBe(false);
    expect(targetGroupSchema.safeParse({ ...group([]), PeriodType: 3 }).data?.PeriodType).toBe(
      'Quarter',
    );
  });

  it('interns identical rights objects so rows share them', () => {
    const g = targetGroupSchema.parse(
      group([row(1), row(2), row(3, { TableRight: { Mask: 'Select', Reason: 'locked' } })]),
    );
    const [a, b, c] = g.TargetAssignments ?? [];
    expect(a.FieldProperties).toBe(b.FieldProperties);
    expect(a.TableRight).toBe(b.TableRight);
    expect(c.TableRight).not.toBe(a.TableRight);
  });

  it('takes 10,000 plain rows × 12 months on the fast path: rows kept as they arrived', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(i + 1, {
        Values: Array.from({ length: 12 }, (_, m) => 1000 * (m + 1)),
        Locked: i % 50 === 0,
      }),
    );
    const data = JSON.parse(JSON.stringify({ ...group(rows), PeriodType: 'Month' })) as {
      TargetAssignments: unknown[];
    };
    const input = data.TargetAssignments.slice();
    const g = targetGroupSchema.parse(data);
    expect(g.TargetAssignments).toHaveLength(10_000);
    // No per-row copy (speed is measured by `npm run bench`, not here).
    expect(g.TargetAssignments?.every((r, i) => r === input[i])).toBe(true);
    expect(g.TargetAssignments?.[49].FieldProperties).toBe(
      g.TargetAssignments?.[48].FieldProperties,
    );
  });

  it('reads dimensions, AssignmentLevel flags and revision histories', () => {
    const d = targetDimensionSchema.parse({
      TargetDimensionId: 1,
      AssignmentLevel: 'Company, Group',
      EntityType: 'Sale',
      MeasurementUnit: 'Amount',
      SelectedDimensions: [],
    });
    expect(parseAssignmentLevel(d.AssignmentLevel)).toEqual({
      company: true,
      group: true,
      associate: false,
    });
    expect(parseAssignmentLevel(7).associate).toBe(true);
    const h = targetRevisionHistorySchema.parse({
      TargetGroupId: 2,
      Year: 2026,
      Revisions: [
        {
          LogEvent: 'Lock',
          Who: { AssociateId: 1, FullName: 'Ada Admin' },
          When: '2026-02-01T08:15:00Z',
          Changes: [{ FieldIdentifier: 'Locked', ValueChangeFrom: 0, ValueChangeTo: 1 }],
        },
      ],
    });
    expect(h.Revisions?.[0].LogEvent).toBe('Lock');
  });
});
