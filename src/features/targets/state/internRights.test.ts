import { describe, expect, it } from 'vitest';
import { internRights } from './internRights.ts';

describe('internRights', () => {
  it('shares identical rights objects and keeps different ones apart', () => {
    const rows = JSON.parse(
      JSON.stringify([
        {
          id: 1,
          TableRight: { Mask: 'Select' },
          FieldProperties: { Values: { FieldRight: { Mask: 'Read' } } },
        },
        {
          id: 2,
          TableRight: { Mask: 'Select' },
          FieldProperties: { Values: { FieldRight: { Mask: 'Read' } } },
        },
        {
          id: 3,
          TableRight: { Mask: 'FULL' },
          FieldProperties: { Values: { FieldRight: { Mask: 'Update' } } },
        },
        { id: 4 },
      ]),
    );
    internRights(rows);
    expect(rows[0].TableRight).toBe(rows[1].TableRight);
    expect(rows[0].FieldProperties).toBe(rows[1].FieldProperties);
    expect(rows[2].TableRight).not.toBe(rows[0].TableRight);
    expect(rows[2].FieldProperties.Values.FieldRight.Mask).toBe('Update');
    expect('TableRight' in rows[3]).toBe(false);
  });
});
