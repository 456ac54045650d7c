import { describe, expect, it } from 'vitest';
import { csvLeftOutText } from './csvLeftOut.ts';

const none = {
  refusedLocked: [],
  refusedRestricted: [],
  refusedDerived: [],
  unknownRows: [],
  duplicateRows: [],
};

describe('csvLeftOutText', () => {
  it('is null when the import leaves no row out', () => {
    expect(csvLeftOutText(none)).toBeNull();
  });

  it('names the rows left out by reason, in the preview’s order', () => {
    expect(
      csvLeftOutText({
        ...none,
        refusedLocked: ['Henry Shaw', 'Lars Holm'],
        refusedDerived: ['All – Sales DACH'],
        unknownRows: ['Max Mustermann'],
        duplicateRows: ['Nora Berg is in the file twice (lines 3 and 5); …'],
      }),
    ).toBe(
      'locked: Henry Shaw, Lars Holm; calculated: All – Sales DACH; not in this group: Max Mustermann; Nora Berg is in the file twice (lines 3 and 5); …',
    );
  });
});
