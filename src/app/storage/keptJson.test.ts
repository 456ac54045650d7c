import { describe, expect, it } from 'vitest';
import { keptObjectText, readKeptObject } from './keptJson.ts';

describe('readKeptObject', () => {
  it('reads a kept object', () => {
    expect(readKeptObject('{"a":1,"b":"x"}')).toEqual({ a: 1, b: 'x' });
  });

  it('reads nothing kept, text that is not JSON, and JSON that is not an object as null', () => {
    for (const text of [null, undefined, '', '{', 'null', '3', '"text"', '[1,2]'])
      expect(readKeptObject(text)).toBeNull();
  });

  it('with a version, reads only an object written with it', () => {
    expect(readKeptObject('{"v":1,"a":1}', 1)).toEqual({ v: 1, a: 1 });
    expect(readKeptObject('{"v":2,"a":1}', 1)).toBeNull();
    expect(readKeptObject('{"a":1}', 1)).toBeNull();
  });
});

describe('keptObjectText', () => {
  it('writes the version first, then the fields, and reads back', () => {
    const text = keptObjectText(1, { sent: { Name: 'n' }, at: '2026-01-01T00:00:00.000Z' });
    expect(text).toBe('{"v":1,"sent":{"Name":"n"},"at":"2026-01-01T00:00:00.000Z"}');
    expect(readKeptObject(text, 1)).toEqual({
      v: 1,
      sent: { Name: 'n' },
      at: '2026-01-01T00:00:00.000Z',
    });
  });
});
