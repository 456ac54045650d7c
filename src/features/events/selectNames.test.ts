import { describe, expect, it } from 'vitest';
import { selectWarning, unknownSelectNames } from './selectNames.ts';

describe('$select names', () => {
  it('knows the result properties, in any case and with a path', () => {
    expect(unknownSelectNames('')).toEqual([]);
    expect(unknownSelectNames('EventType, attributes')).toEqual([]);
    expect(unknownSelectNames('eventtype/x,TableRight,FieldProperties')).toEqual([]);
    expect(selectWarning('EventType,Attributes')).toBeNull();
  });

  it('names unknown properties once each, with the likely one they misspell', () => {
    expect(unknownSelectNames('EventType,Atributes')).toEqual([
      { name: 'Atributes', suggestion: 'Attributes' },
    ]);
    expect(unknownSelectNames('EvnetType, Custom, custom')).toEqual([
      { name: 'EvnetType', suggestion: 'EventType' },
      { name: 'Custom', suggestion: null },
    ]);
  });

  it('warns in words, saying the event can still be sent', () => {
    expect(selectWarning('Atributes')).toMatch(
      /^“Atributes” \(did you mean Attributes\?\) is not a result property Flowdesk knows \(EventType, Attributes, TableRight, FieldProperties\)\. You can still send/,
    );
    expect(selectWarning('Foo,Bar')).toMatch(/^“Foo”, “Bar” are not result properties/);
  });
});
