import { z } from '../schemas/zod.ts';
import { targetGroupSchema, type TargetGroup } from './schemas.ts';

type GroupLike = Pick<TargetGroup, 'TargetGroupId' | 'TargetAssignments'>;

/** What is wrong with an answer, on which of its fields. */
export interface AnswerMismatch {
  field: 'TargetGroupId' | 'TargetAssignments';
  message: string;
}

/**
 * Why an answer to SaveTargetGroup is not the group that was saved, or null when it is. A tenant
 * may answer with an empty carrier (TargetGroupId 0, no rows) that parses as a group: taken as
 * the saved group, the page said "Saved" while the server had kept the old values. The answer
 * must be the same group (for a new one: any id but 0) and hold every row that was sent.
 */
export function notTheSavedGroup(sent: GroupLike, answer: GroupLike): AnswerMismatch | null {
  const id = answer.TargetGroupId;
  if (sent.TargetGroupId > 0 && id !== sent.TargetGroupId)
    return {
      field: 'TargetGroupId',
      message: `the answer is group ${id}, not the saved group ${sent.TargetGroupId}`,
    };
  if (sent.TargetGroupId <= 0 && id <= 0)
    return { field: 'TargetGroupId', message: `the answer is group ${id}, not a new group` };
  // Sent without rows, the server keeps (or converts) the rows it has: nothing to compare.
  const rows = sent.TargetAssignments;
  if (!rows || rows.length === 0) return null;
  const answered = answer.TargetAssignments ?? [];
  const ids = new Set(answered.map((a) => a.TargetAssignmentInfoId));
  const missing = rows.some(
    (a) => a.TargetAssignmentInfoId > 0 && !ids.has(a.TargetAssignmentInfoId),
  );
  if (missing || answered.length < rows.length)
    return {
      field: 'TargetAssignments',
      message: `the answer holds ${answered.length} of the ${rows.length} rows saved`,
    };
  return null;
}

/** The schema of SaveTargetGroup's answer to `sent`: a group, and the very group saved. */
export function savedGroupSchema(sent: GroupLike) {
  return z.pipe(
    targetGroupSchema,
    z.transform((answer, ctx) => {
      const wrong = notTheSavedGroup(sent, answer);
      if (wrong)
        ctx.issues.push({
          code: 'custom',
          message: wrong.message,
          path: [wrong.field],
          input: answer,
        });
      return answer;
    }),
  );
}
