import { afterEach, describe, expect, it } from 'vitest';
import { warmNumberFormats } from './warmNumberFormats.ts';

const { NumberFormat, DateTimeFormat } = Intl;

describe('warmNumberFormats', () => {
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
  });

  it("makes the culture's number and month formats", () => {
    const made: string[] = [];
    Intl.NumberFormat = class extends NumberFormat {
      constructor(locale?: string) {
        super(locale);
        made.push(`number ${locale}`);
      }
    } as typeof Intl.NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
        super(locale, options);
        made.push(`month ${locale} ${options?.month}`);
      }
    } as typeof Intl.DateTimeFormat;
    warmNumberFormats('nb-NO');
    expect(made).toEqual(['number nb-NO', 'month nb-NO long']);
  });

  it('says nothing of a culture tag that is not valid (the app falls back later)', () => {
    expect(() => warmNumberFormats('not a tag!')).not.toThrow();
  });
});
