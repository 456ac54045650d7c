import { z } from '../../api/schemas/zod.ts';

/** The console's form: a WorkflowEvent's EventType and Attributes, and an optional $select. */
export const eventFormSchema = z.object({
  EventType: z.string().check(
    z.minLength(1, 'Choose an event type.'),
    z.refine((t) => t !== 'None', 'Choose an event type.'),
  ),
  // Free event info (JSON, name=value pairs, …): attributesWarning warns, nothing is refused.
  Attributes: z.string(),
  select: z.string().check(
    z.regex(/^[\w\s,/]*$/, 'Use property names separated by commas, e.g. EventType,Attributes.'),
    // Commas alone name no property, yet the server still nulls every property they leave out.
    z.refine(
      (s) => s.trim() === '' || /\w/.test(s),
      'Name at least one property, e.g. EventType, or leave $select empty.',
    ),
  ),
});
export type EventFormValues = z.infer<typeof eventFormSchema>;
export const eventFormFields = ['EventType', 'Attributes', 'select'] as const;
