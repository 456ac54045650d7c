import { describe, expect, it } from 'vitest';
import { formatAttributes, nullValueText, resultHeadline, selectLeavesOut } from './resultText.ts';

describe('result text', () => {
  it('pretty-prints JSON attributes and keeps other text', () => {
    expect(formatAttributes('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(formatAttributes('personId=3')).toBe('personId=3');
    expect(formatAttributes(null)).toBe('');
  });

  it('finds a headline', () => {
    expect(resultHeadline('{"message":"2 goals checked","status":"Processed"}')).toBe(
      '2 goals checked',
    );
    expect(resultHeadline('{"status":"Processed"}')).toBe('Processed');
    expect(resultHeadline('et')).toBe('et');
    expect(resultHeadline('')).toBe('No result attributes');
  });

  it('says when the result has no attributes because $select left them out', () => {
    expect(resultHeadline(null, 'EventType')).toBe('Result attributes not requested ($select)');
    expect(resultHeadline(null, 'EventType,attributes')).toBe('No result attributes');
    expect(resultHeadline(null, '')).toBe('No result attributes');
  });

  it('says why a property is null: left out by $select, or none returned', () => {
    expect(selectLeavesOut('Attributes', 'EventType')).toBe(true);
    expect(selectLeavesOut(' eventtype , Attributes', 'EventType')).toBe(false);
    expect(selectLeavesOut('EventType/Id', 'EventType')).toBe(false);
    expect(selectLeavesOut('', 'EventType')).toBe(false);
    expect(selectLeavesOut(' , ', 'EventType')).toBe(false);
    expect(nullValueText('EventType', 'Attributes')).toBe('not returned ($select)');
    expect(nullValueText('EventType', '')).toBe('none returned');
  });
});
