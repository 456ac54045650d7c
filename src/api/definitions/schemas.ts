import { z } from 'zod';

/** Akana's WorkflowDefinition (contract §10.1 and the seed page); unknown properties survive. */
export const workflowDefinitionSchema = z.looseObject({
  Key: z.string(),
  Name: z.string(),
  Description: z.string().nullish(),
  State: z.string().nullish(),
  ObjectType: z.string().nullish(),
  BusinessID: z.string().nullish(),
  Updated: z.string().nullish(),
});
export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>;

/**
 * The list answer. The platform's list shape is not documented: accept a bare array, or an
 * object holding `WorkflowDefinition` (an array, or one object when there is only one).
 */
export const workflowDefinitionListSchema = z
  .union([
    z.array(workflowDefinitionSchema),
    z.looseObject({
      WorkflowDefinition: z
        .union([z.array(workflowDefinitionSchema), workflowDefinitionSchema])
        .nullish(),
    }),
  ])
  .transform((v): WorkflowDefinition[] => {
    if (Array.isArray(v)) return v;
    const inner = v.WorkflowDefinition;
    if (!inner) return [];
    return Array.isArray(inner) ? inner : [inner];
  });

/** DELETE answers the text `true`. */
export const deleteResultSchema = z.union([z.literal(true), z.literal('true')]);

/** The sandbox's login answer; the real platform's differs, so everything is optional. */
export const platformLoginSchema = z.looseObject({
  userName: z.string().nullish(),
  fullName: z.string().nullish(),
  fedMemberId: z.string().nullish(),
  /** Sandbox only; absent on a real platform, where the server's 403 has the last word. */
  canEditDefinitions: z.boolean().nullish(),
});
export type PlatformAccount = z.infer<typeof platformLoginSchema>;
