import { z } from '../schemas/zod.ts';

/** Akana's WorkflowDefinition (contract §10.1 and the seed page); unknown properties survive. */
export const workflowDefinitionSchema = z.looseObject({
  Key: z.string(),
  Name: z.string(),
  Description: z.nullish(z.string()),
  State: z.nullish(z.string()),
  ObjectType: z.nullish(z.string()),
  BusinessID: z.nullish(z.string()),
  Updated: z.nullish(z.string()),
});
export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>;

const workflowDefinitionListShapes = z.union([
  z.array(workflowDefinitionSchema),
  z
    .looseObject({
      WorkflowDefinition: z.nullish(
        z.union([z.array(workflowDefinitionSchema), workflowDefinitionSchema]),
      ),
    })
    .check(
      // `{}` may be how an empty list comes; an object of other things is not a list at all, and
      // reading it as "no definitions" would tell the user the platform has none.
      z.superRefine((v, ctx) => {
        const keys = Object.keys(v);
        if (!('WorkflowDefinition' in v) && keys.length > 0)
          ctx.addIssue({
            code: 'custom',
            input: v,
            message: `expected a list of workflow definitions (WorkflowDefinition), found ${keys.join(', ')}`,
          });
      }),
    ),
]);

/**
 * The list answer. The platform's list shape is not documented: accept a bare array, or an
 * object holding `WorkflowDefinition` (an array, or one object when there is only one).
 */
export const workflowDefinitionListSchema = z.pipe(
  workflowDefinitionListShapes,
  z.transform((v: z.output<typeof workflowDefinitionListShapes>): WorkflowDefinition[] => {
    if (Array.isArray(v)) return v;
    const inner = v.WorkflowDefinition;
    if (!inner) return [];
    return Array.isArray(inner) ? inner : [inner];
  }),
);

/** DELETE answers the text `true`. */
export const deleteResultSchema = z.union([z.literal(true), z.literal('true')]);

/** The sandbox's login answer; the real platform's differs, so everything is optional. */
export const platformLoginSchema = z.looseObject({
  userName: z.nullish(z.string()),
  fullName: z.nullish(z.string()),
  fedMemberId: z.nullish(z.string()),
  /** Sandbox only; absent on a real platform, where the server's 403 has the last word. */
  canEditDefinitions: z.nullish(z.boolean()),
});
export type PlatformAccount = z.infer<typeof platformLoginSchema>;
