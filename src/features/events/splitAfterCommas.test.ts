import { describe, expect, it } from 'vitest';
import { splitAfterCommas } from './splitAfterCommas.ts';

describe('splitAfterCommas', () => {
  it('cuts after each comma, keeping the commas with the names before them', () => {
    expect(splitAfterCommas('EventType,Attributes')).toEqual(['EventType,', 'Attributes']);
    expect(splitAfterCommas('EventType, Attributes,TableRight')).toEqual([
      'EventType,',
      ' Attributes,',
      'TableRight',
    ]);
  });

  it('gives the text back unchanged when joined', () => {
    for (const s of ['', 'EventType', 'a,,b,', ',x', 'Attributes/personId,EventType'])
      expect(splitAfterCommas(s).join('')).toBe(s);
  });
});
