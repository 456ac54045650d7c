import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decodeCsvBytes.ts';

const bytes = (...b: number[]) => new Uint8Array(b).buffer;
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    const text = 'Row;März\nSøren Ås;1,5\n';
    expect(decodeCsvBytes(new TextEncoder().encode(text).buffer)).toBe(text);
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('a')))).toBe('a');
  });

  it('reads what Excel saves as CSV in Western cultures (Windows-1252)', () => {
    // "Row;März\nSøren Ås;1.234,50" (browsers also map 0x80–0x9F, e.g. 0x96 "–"; Node does not)
    const file = bytes(
      ...ascii('Row;M'),
      0xe4,
      ...ascii('rz\nS'),
      0xf8,
      ...ascii('ren '),
      0xc5,
      ...ascii('s;1.234,50'),
    );
    expect(decodeCsvBytes(file)).toBe('Row;März\nSøren Ås;1.234,50');
  });

  it('reads UTF-16 files with a BOM (Excel "Unicode text")', () => {
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x4d, 0, 0xe4, 0))).toBe('Mä');
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0, 0x4d, 0, 0xe4))).toBe('Mä');
  });
});
