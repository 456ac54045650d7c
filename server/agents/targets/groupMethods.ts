import { NO_CONTENT, type AgentCall, type AgentMethod } from '../../http/agent.ts';
import { SoError, badRequest } from '../../http/errors.ts';
import { enumValue } from '../workflow/input.ts';
import { companyOwner, defaultAssignments, groupOwners } from './defaults.ts';
import { defaultDimensionId, dimensionJson, loadDimension } from './dimensions.ts';
import { entityTypes, periodCounts, periodTypes } from './enums.ts';
import { findGroupRow, invalidateGroup, loadAssignments, requireGroupRow } from './load.ts';
import { recordRevisions } from './revisions.ts';
import { groupRights, requireTargetsAdmin } from './rights.ts';
import { saveTargetGroup } from './saveGroup.ts';
import { groupResponse } from './groupResponse.ts';

const argEnum = (call: AgentCall, name: string, entries: typeof entityTypes, fallback: string) =>
  call.args.has(name)
    ? enumValue({ [name]: call.args.raw(name) }, name, name, entries, fallback)
    : fallback;

/**
 * CreateDefaultTargetGroup: this year, monthly, the default dimension, and rows at 0 for the
 * company, every user group and its users (contract §9: new rows start at 0 in the default
 * currency). Sandbox extension: optional Year and PeriodType arguments.
 */
function createDefaultGroup(call: AgentCall) {
  const periodType = argEnum(call, 'PeriodType', periodTypes, 'Month');
  const count = periodCounts[periodType];
  if (!count) throw badRequest('PeriodType must be Year, HalfYear, Quarter or Month', 'PeriodType');
  const dimensionId = defaultDimensionId(call.db);
  const dimension = dimensionId === null ? undefined : loadDimension(call.db, dimensionId);
  const owners = [...companyOwner(call.db), ...groupOwners(call.db, null, true)];
  return {
    TargetGroupId: 0,
    Year: call.args.optionalInt('Year') ?? new Date().getFullYear(),
    EntityType: 'Sale',
    PeriodType: periodType,
    TargetAssignments: defaultAssignments(call, owners, count),
    TargetDimension: dimension ? dimensionJson(call, dimension) : null,
    ...groupRights(call),
  };
}

function forYear(call: AgentCall, dimensionId: number | null) {
  const year = call.args.int('TargetYear');
  const entityType = argEnum(call, 'EntityType', entityTypes, 'Sale');
  const group = findGroupRow(call.db, year, dimensionId, entityType);
  if (!group)
    throw new SoError(
      404,
      'SoNotFoundException',
      `No TargetGroup for year ${year}${dimensionId !== null ? ` and dimension ${dimensionId}` : ''}`,
    );
  return groupResponse(call, group);
}

export const groupMethods: Record<string, AgentMethod> = {
  CreateDefaultTargetGroup: createDefaultGroup,
  GetTargetGroup: (call) =>
    groupResponse(call, requireGroupRow(call.db, call.args.int('TargetGroupId'))),
  GetTargetGroupForYear: (call) => forYear(call, null),
  GetTargetGroupForYearAndDimension: (call) => forYear(call, call.args.int('DimensionId')),
  GetTargetGroupIds: (call) =>
    call.db
      .all<{ id: number }>(
        'SELECT target_group_id AS id FROM target_group WHERE target_dimension_id = ? ORDER BY year, target_group_id',
        [call.args.int('TargetDimensionId')],
      )
      .map((r) => r.id),
  SaveTargetGroup: saveTargetGroup,
  DeleteTargetGroup: (call) => {
    requireTargetsAdmin(call, 'target groups');
    const group = requireGroupRow(call.db, call.args.int('TargetGroupId'));
    const assignments = loadAssignments(call.db, group);
    const locked = assignments.filter((a) => a.Locked).length;
    if (locked > 0)
      throw badRequest(
        `The group has ${locked} locked ${locked === 1 ? 'row' : 'rows'}: unlock them before deleting it`,
        'TargetGroupId',
      );
    call.db.transaction(() => {
      recordRevisions(
        call.db,
        { id: group.target_group_id, year: group.year },
        call.user.associateId,
        new Date().toISOString(),
        assignments.map((a) => ({
          assignmentId: a.TargetAssignmentInfoId,
          event: 'Delete',
          changes: [],
        })),
      );
      call.db.run('DELETE FROM target_group WHERE target_group_id = ?', [group.target_group_id]);
      invalidateGroup(call.db, group.target_group_id);
    });
    return NO_CONTENT;
  },
};
