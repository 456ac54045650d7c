import { describe, expect, it } from 'vitest';
import {
  draftPageAddress,
  draftPageJson,
  draftPageLabel,
  draftPageOf,
  isDraftPage,
  type DraftPage,
} from './draftPage.ts';

const now = new Date(2026, 5, 1);
/** Type 1 is the default: what /targets?year=2026 opens. */
const onDefault: DraftPage = { year: 2026, dimensionId: 1, defaultDimensionId: 1 };
const onType3: DraftPage = { year: 2026, dimensionId: 3, defaultDimensionId: 1 };

describe('draftPage', () => {
  it('names and links the default type as the pickers do, however the address named it', () => {
    expect(draftPageAddress(onDefault)).toBe('/targets?year=2026');
    expect(draftPageLabel(onDefault)).toBe('Targets 2026');
    expect(draftPageAddress(onType3)).toBe('/targets?year=2026&type=3');
    expect(draftPageLabel(onType3)).toBe('Targets 2026, target type 3');
  });

  it('is the page the user is on whether the address names the default type or not', () => {
    for (const here of ['', '?year=2026', '?year=2026&type=1', '?type=1', '?type=&year=2026'])
      expect(isDraftPage(onDefault, here, now)).toBe(true);
    expect(isDraftPage(onDefault, '?year=2026&type=3', now)).toBe(false);
    expect(isDraftPage(onDefault, '?year=2025&type=1', now)).toBe(false);
    expect(isDraftPage(onType3, '?year=2026&type=3', now)).toBe(true);
    for (const here of ['?year=2026', '?year=2026&type=1'])
      expect(isDraftPage(onType3, here, now)).toBe(false);
  });

  it('reads a draft written before it kept the type loaded as the address named it', () => {
    const named = (page: unknown) => draftPageOf({ page })!;
    // { year } alone: written on the default type's address.
    expect(isDraftPage(named({ year: 2026 }), '?year=2026', now)).toBe(true);
    expect(isDraftPage(named({ year: 2026 }), '?year=2026&type=3', now)).toBe(false);
    expect(draftPageAddress(named({ year: 2026, type: 3 }))).toBe('/targets?year=2026&type=3');
    expect(isDraftPage(named({ year: 2026, type: 3 }), '?year=2026&type=3', now)).toBe(true);
    expect(draftPageOf({ page: { type: 3 } })).toBeNull();
  });

  it('keeps what it knows and reads it back', () => {
    expect(draftPageOf({ page: draftPageJson(onType3) })).toEqual(onType3);
    expect(draftPageJson({ year: 2026, dimensionId: null, defaultDimensionId: null })).toEqual({
      year: 2026,
    });
  });
});
