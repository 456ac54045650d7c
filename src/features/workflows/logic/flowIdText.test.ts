import { describe, expect, it } from 'vitest';
import { readFlowId } from './flowIdText.ts';

describe('readFlowId', () => {
  it('reads a whole number, spaces around it allowed', () => {
    expect(readFlowId(' 12 ')).toEqual({ id: 12 });
  });

  it('asks for an id when none is typed', () => {
    expect(readFlowId('  ')).toEqual({ problem: 'Type the id of the flow to open.' });
  });

  it('says what a flow id looks like when the text is not one', () => {
    for (const text of ['12.5', '-3', '0', 'abc', '1e3'])
      expect(readFlowId(text)).toEqual({
        problem: `“${text}” is not a flow id: flow ids are whole numbers, such as 12.`,
      });
  });
});
