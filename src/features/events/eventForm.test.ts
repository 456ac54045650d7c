import { describe, expect, it } from 'vitest';
import { eventFormSchema } from './eventForm.ts';

const select = (s: string) => eventFormSchema.shape.select.safeParse(s);

describe('the event form’s $select', () => {
  it('takes nothing, or property names separated by commas', () => {
    for (const s of ['', '  ', 'EventType', 'EventType, Attributes', 'EventType,,Attributes'])
      expect(select(s).success).toBe(true);
  });

  it('refuses commas that name no property, which the server would take as “return nothing”', () => {
    for (const s of [',', ',,,', ' , , '])
      expect(select(s).error?.issues[0]?.message).toBe(
        'Name at least one property, e.g. EventType, or leave $select empty.',
      );
  });
});
