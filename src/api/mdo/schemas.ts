import { z } from 'zod';

/** An item of `GET /api/v1/MDOList/{name}`. */
export const mdoListItemSchema = z.looseObject({
  Id: z.number(),
  Name: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  ToolTip: z.string().nullish(),
  Deleted: z.boolean().nullish(),
  Rank: z.number().nullish(),
  ExtraInfo: z.string().nullish(),
  Selected: z.boolean().nullish(),
  get ChildItems() {
    return z.array(mdoListItemSchema).nullish();
  },
});
export type MdoListItem = z.infer<typeof mdoListItemSchema>;
export const mdoListSchema = z.array(mdoListItemSchema);
