import { z } from '../schemas/zod.ts';
import { ApiError } from '../http/ApiError.ts';
import { callAgent } from '../http/client.ts';
import { groupForYearCall } from './groupForYearCall.ts';
import { savedGroupSchema } from './savedGroupAnswer.ts';
import {
  targetAssignmentListSchema,
  targetAssignmentSchema,
  targetDimensionListSchema,
  targetDimensionSchema,
  targetGroupIdsSchema,
  targetGroupSchema,
  targetRevisionHistorySchema,
  type TargetDimension,
  type TargetGroup,
} from './schemas.ts';

/** One function per Targets agent method the app uses (contract §6); responses parsed. */
function ta<S extends z.core.$ZodType>(method: string, opts: Parameters<typeof callAgent<S>>[2]) {
  return callAgent('Targets', method, opts);
}

/** A 404 means "no group for that year yet": null, so the page can offer to create one. */
async function orNullOn404<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export const fetchTargetGroup = (id: number, signal?: AbortSignal) =>
  ta('GetTargetGroup', { query: { targetGroupId: id }, schema: targetGroupSchema, signal });

/**
 * "No group for that year yet" may come as a 404, a 200 with a null body or a 204 (contract §12
 * leaves it open), or as an empty TargetGroup whose TargetGroupId is 0 (a .NET agent's carrier
 * with nothing loaded into it; id 0 is what Save reads as "create"); each is null here.
 */
const groupOrNoneSchema = z.pipe(
  z.nullable(targetGroupSchema),
  z.transform((group) => (group && group.TargetGroupId !== 0 ? group : null)),
);

/** A year's group for a target type, or for the default one (dimensionId null). */
function fetchGroupForYearCall(
  call: ReturnType<typeof groupForYearCall>,
  signal: AbortSignal | undefined,
) {
  return orNullOn404(ta(call.method, { body: call.body, schema: groupOrNoneSchema, signal }));
}

export const fetchTargetGroupForYear = (year: number, entityType = 'Sale', signal?: AbortSignal) =>
  fetchGroupForYearCall(groupForYearCall(year, null, entityType), signal);

export const fetchTargetGroupForYearAndDimension = (
  year: number,
  dimensionId: number,
  signal?: AbortSignal,
) => fetchGroupForYearCall(groupForYearCall(year, dimensionId), signal);

export const fetchTargetGroupIds = (dimensionId: number, signal?: AbortSignal) =>
  ta('GetTargetGroupIds', {
    body: { TargetDimensionId: dimensionId },
    schema: targetGroupIdsSchema,
    signal,
  });

/** CreateDefaultTargetGroup; the sandbox also honours Year and PeriodType (a tenant ignores them). */
export const createDefaultTargetGroup = (
  args: { Year?: number; PeriodType?: string } = {},
  signal?: AbortSignal,
) => ta('CreateDefaultTargetGroup', { body: args, schema: targetGroupSchema, signal });

/** SaveTargetGroup; an answer that is not the group saved fails as unreadable (savedGroupAnswer). */
export const saveTargetGroup = (group: TargetGroup) =>
  ta('SaveTargetGroup', { body: group, schema: savedGroupSchema(group) });

export const deleteTargetGroup = (id: number) =>
  ta('DeleteTargetGroup', { query: { TargetGroupId: id }, schema: null });

export const fetchTargetDimensions = (entityType = 'Sale', signal?: AbortSignal) =>
  ta('GetTargetDimensionsForEntityType', {
    body: { EntityType: entityType },
    schema: targetDimensionListSchema,
    signal,
  });

export const fetchTargetDimension = (id: number, signal?: AbortSignal) =>
  ta('GetTargetDimension', {
    query: { targetDimensionId: id },
    schema: targetDimensionSchema,
    signal,
  });

export const saveTargetDimension = (dimension: TargetDimension) =>
  ta('SaveTargetDimension', { body: dimension, schema: targetDimensionSchema });

export const createDefaultTargetAssignmentForCompany = (signal?: AbortSignal) =>
  ta('CreateDefaultTargetAssignmentForCompany', { schema: targetAssignmentSchema, signal });

export const createDefaultTargetAssignmentForUserGroup = (
  userGroupId: number,
  signal?: AbortSignal,
) =>
  ta('CreateDefaultTargetAssignmentForUserGroup', {
    body: { UserGroupId: userGroupId },
    schema: targetAssignmentListSchema,
    signal,
  });

export const fetchTargetRevisionHistory = (assignmentId: number, signal?: AbortSignal) =>
  ta('GetTargetRevisionHistory', {
    body: { TargetAssignmentInfoId: assignmentId },
    schema: targetRevisionHistorySchema,
    signal,
  });
