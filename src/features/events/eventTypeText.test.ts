import { describe, expect, it } from 'vitest';
import { eventTypeOptions } from './eventTypeText.ts';

describe('eventTypeOptions', () => {
  it("uses the tenant's list once loaded (its texts and enum names)", () => {
    expect(
      eventTypeOptions([
        { Id: 1007, Name: 'Skjema sendt', ExtraInfo: 'FormSubmitted' },
        { Id: 1, Name: 'Run', ExtraInfo: null },
      ]),
    ).toEqual([
      { value: 'FormSubmitted', label: 'Skjema sendt' },
      { value: '1', label: 'Run' },
    ]);
  });

  it('offers the built-in event types when the list is not there, never an empty picker', () => {
    const options = eventTypeOptions(undefined);
    expect(options).toContainEqual({ value: 'PersonUpdated', label: 'Contact updated' });
    expect(options).toContainEqual({ value: 'FormSubmitted', label: 'Form submitted' });
    expect(options.some((o) => o.value === 'None')).toBe(false);
  });
});
