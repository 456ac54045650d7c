import type { AgentCall, AgentMethod } from '../../http/agent.ts';
import { SoError, badRequest, notFound } from '../../http/errors.ts';
import { parseJson } from '../workflow/input.ts';
import type { OwnerRow } from './carriers.ts';
import { blankOwner, companyOwner, defaultAssignments, groupOwners } from './defaults.ts';
import { loadDimension } from './dimensions.ts';
import { assignmentLevels, periodCounts, targetLevels } from './enums.ts';
import { findGroupRow, loadAssignments, withRights } from './load.ts';
import { assignmentRightsFactory } from './rights.ts';

const DEFAULT_COUNT = periodCounts.Month;

/** The dimension's list items (one assignment each; [0] when it has none) and whether users get rows. */
function dimensionScope(call: AgentCall) {
  const id = call.args.int('TargetDimensionId');
  const d = loadDimension(call.db, id);
  if (!d) throw notFound('TargetDimension', id);
  const items = parseJson<number[]>(d.selected_dimensions, []);
  return {
    id,
    items: items.length ? items : [0],
    users: (d.assignment_level & assignmentLevels.Associate) !== 0,
  };
}

/** Values per row for a year and dimension: that year's group decides, else monthly. */
function countFor(call: AgentCall, dimensionId: number): number {
  const group = findGroupRow(call.db, call.args.int('Year'), dimensionId);
  return (group && periodCounts[group.period_type]) || DEFAULT_COUNT;
}

function userGroup(call: AgentCall, withUsers: boolean): OwnerRow[] {
  const id = call.args.int('UserGroupId');
  const owners = groupOwners(call.db, id, withUsers);
  if (owners.length === 0) throw notFound('UserGroup', id);
  return owners;
}

/** GetTargetAssignmentForYear(AndDimension): {TargetYear, EntityType, TargetLevel, Id[, DimensionId]}. */
function assignmentForYear(call: AgentCall, dimensionId: number | null) {
  const year = call.args.int('TargetYear');
  const levelRaw = call.args.raw('TargetLevel');
  const level =
    targetLevels.find((l) => l.toLowerCase() === String(levelRaw ?? '').toLowerCase()) ??
    (typeof levelRaw === 'number' ? targetLevels[levelRaw] : undefined);
  if (!level || level === 'None' || level === 'Global')
    throw badRequest(`TargetLevel must be Company, UserGroup or Associate`, 'TargetLevel');
  const id = call.args.int('Id');
  const group = findGroupRow(call.db, year, dimensionId);
  if (!group) throw new SoError(404, 'SoNotFoundException', `No TargetGroup for year ${year}`);
  const hit = loadAssignments(call.db, group).find((a) =>
    level === 'Company'
      ? a.TargetContact?.ContactId === id
      : level === 'UserGroup'
        ? a.TargetUserGroup?.Id === id
        : a.TargetAssociate?.AssociateId === id,
  );
  if (!hit) throw notFound(`TargetAssignment for ${level}`, id);
  return withRights(hit, assignmentRightsFactory(call));
}

export const assignmentMethods: Record<string, AgentMethod> = {
  CreateDefaultTargetAssignment: (call) =>
    defaultAssignments(call, [blankOwner(call.db)], DEFAULT_COUNT)[0],
  CreateDefaultTargetAssignmentForCompany: (call) =>
    defaultAssignments(call, companyOwner(call.db), DEFAULT_COUNT)[0] ?? null,
  CreateDefaultTargetAssignmentForUserGroup: (call) =>
    defaultAssignments(call, userGroup(call, true), DEFAULT_COUNT),
  CreateDefaultTargetAssignmentForCompanyWithDimension: (call) => {
    const s = dimensionScope(call);
    return defaultAssignments(call, companyOwner(call.db), DEFAULT_COUNT, s.items);
  },
  CreateDefaultTargetAssignmentForUserGroupWithDimension: (call) => {
    const s = dimensionScope(call);
    return defaultAssignments(call, userGroup(call, s.users), DEFAULT_COUNT, s.items);
  },
  CreateDefaultTargetAssignmentForCompanyWithYearAndDimension: (call) => {
    const s = dimensionScope(call);
    return defaultAssignments(call, companyOwner(call.db), countFor(call, s.id), s.items);
  },
  CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension: (call) => {
    const s = dimensionScope(call);
    return defaultAssignments(call, userGroup(call, s.users), countFor(call, s.id), s.items);
  },
  GetTargetAssignmentForYear: (call) => assignmentForYear(call, null),
  GetTargetAssignmentForYearAndDimension: (call) =>
    assignmentForYear(call, call.args.int('DimensionId')),
};
