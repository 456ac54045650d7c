import { z } from '../schemas/zod.ts';

/** An item of `GET /api/v1/MDOList/{name}`. */
export const mdoListItemSchema = z.looseObject({
  Id: z.number(),
  Name: z.pipe(
    z.nullish(z.string()),
    z.transform((s: string | null | undefined) => s ?? ''),
  ),
  ToolTip: z.nullish(z.string()),
  Deleted: z.nullish(z.boolean()),
  Rank: z.nullish(z.number()),
  ExtraInfo: z.nullish(z.string()),
  Selected: z.nullish(z.boolean()),
  get ChildItems() {
    return z.nullish(z.array(mdoListItemSchema));
  },
});
export type MdoListItem = z.infer<typeof mdoListItemSchema>;
export const mdoListSchema = z.array(mdoListItemSchema);
