import { describe, expect, it } from 'vitest';
import { eventTypeOptions } from './eventTypeText.ts';

describe('eventTypeOptions', () => {
  it("uses the tenant's list once loaded: its texts, and enum names by the list ids", () => {
    expect(
      eventTypeOptions([
        { Id: 1007, Name: 'Skjema sendt', ExtraInfo: '' },
        { Id: 1, Name: 'Run', ExtraInfo: null },
        { Id: 4242, Name: 'Something new', ExtraInfo: '' },
      ]),
    ).toEqual([
      { value: 'FormSubmitted', label: 'Skjema sendt' },
      { value: 'Run', label: 'Run' },
    ]);
  });

  it('keeps the form’s event type when the list does not have it, by its text', () => {
    expect(eventTypeOptions([{ Id: 1, Name: 'Run' }], ['SaleLost'])).toEqual([
      { value: 'Run', label: 'Run' },
      { value: 'SaleLost', label: 'Sale lost' },
    ]);
  });

  it('offers the built-in event types when the list is not there, never an empty picker', () => {
    const options = eventTypeOptions(undefined);
    expect(options).toContainEqual({ value: 'PersonUpdated', label: 'Contact updated' });
    expect(options).toContainEqual({ value: 'FormSubmitted', label: 'Form submitted' });
    expect(options.some((o) => o.value === 'None')).toBe(false);
  });
});
