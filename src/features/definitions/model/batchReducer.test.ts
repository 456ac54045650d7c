import { describe, expect, it } from 'vitest';
import { batchReducer } from './batchReducer.ts';
import type { BatchRow } from './batchRow.ts';

const row = (id: string, fingerprint: string): BatchRow => ({
  id,
  file: new File(['<workflow/>'], `${fingerprint}.xml`),
  fingerprint,
  name: fingerprint,
  description: '',
  objectType: '',
  problem: null,
  position: null,
  excerpt: null,
  summary: null,
  status: 'checking',
  progress: 0,
  error: null,
  result: null,
});

/** Adds the rows and lets every check pass, as useUploadBatch does. */
function checked(rows: BatchRow[]): BatchRow[] {
  let state = batchReducer([], { type: 'add', rows });
  for (const r of rows) {
    state = batchReducer(state, {
      type: 'update',
      id: r.id,
      patch: { summary: { stepCount: 1, actionNames: [] } },
    });
    state = batchReducer(state, { type: 'markChecked', id: r.id });
  }
  return state;
}

describe('batchReducer', () => {
  it('holds back a second copy of a file', () => {
    const state = checked([row('1', 'a'), row('2', 'a')]);
    expect(state.map((r) => r.status)).toEqual(['ready', 'invalid']);
    expect(state[1].problem).toBe('The same file as “a.xml” above is already in this batch.');
  });

  it('lets the next copy stand in when the first copy is removed', () => {
    let state = checked([row('1', 'a'), row('2', 'a'), row('3', 'a'), row('4', 'b')]);
    state = batchReducer(state, { type: 'remove', id: '1' });
    expect(state.map((r) => [r.id, r.status, r.problem === null])).toEqual([
      ['2', 'ready', true],
      ['3', 'invalid', false],
      ['4', 'ready', true],
    ]);
  });

  it('leaves the first copy alone when a duplicate is removed', () => {
    let state = checked([row('1', 'a'), row('2', 'a'), row('3', 'a')]);
    state = batchReducer(state, { type: 'remove', id: '2' });
    expect(state.map((r) => [r.id, r.status])).toEqual([
      ['1', 'ready'],
      ['3', 'invalid'],
    ]);
  });

  it('keeps a copy whose own XML check failed refused', () => {
    let state = checked([row('1', 'a')]);
    state = batchReducer(state, { type: 'add', rows: [row('2', 'a')] });
    state = batchReducer(state, {
      type: 'update',
      id: '2',
      patch: { status: 'invalid', problem: 'Not well-formed XML' },
    });
    state = batchReducer(state, { type: 'remove', id: '1' });
    expect(state[0]).toMatchObject({ status: 'invalid', problem: 'Not well-formed XML' });
  });
});
