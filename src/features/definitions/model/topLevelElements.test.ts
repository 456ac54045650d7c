import { describe, expect, it } from 'vitest';
import { topLevelElementIndexes } from './topLevelElements.ts';

describe('topLevelElementIndexes', () => {
  it('finds the one root after the declaration, DOCTYPE and comments', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE workflow>\n<!-- <nope/> -->\n<workflow/>';
    expect(topLevelElementIndexes(text)).toEqual([text.indexOf('<workflow')]);
  });

  it('skips nested elements, CDATA and > inside attribute values', () => {
    const text = '<a x="1 > 2" y=\'</a>\'><b><c/></b><![CDATA[<d>]]></a>';
    expect(topLevelElementIndexes(text)).toEqual([0]);
  });

  it('finds every root, in order', () => {
    const text = '<workflow>\n  <steps/>\n</workflow>\n<!-- x -->\n  <extra/><more></more>';
    expect(topLevelElementIndexes(text)).toEqual([
      0,
      text.indexOf('<extra'),
      text.indexOf('<more'),
    ]);
  });

  it('finds nothing in text without elements', () => {
    expect(topLevelElementIndexes('')).toEqual([]);
    expect(topLevelElementIndexes('hello')).toEqual([]);
  });
});
