import { describe, expect, it } from 'vitest';
import type { BatchRow } from './batchRow.ts';
import { applyToAll, applyToAllText, nothingAppliedReason } from './applyToAll.ts';
import { row as fixtureRow } from '../fixtures/batchRows.ts';

/** A ready row named after its id, with Description and Resource type still empty. */
const row = (id: string, patch: Partial<BatchRow> = {}): BatchRow =>
  fixtureRow(id, { name: id, description: '', objectType: '', ...patch });

describe('applyToAll', () => {
  it('fills the empty Description and Resource type of the other files from the first', () => {
    const rows = [
      row('done', { status: 'done', description: 'Sent', objectType: 'lead' }),
      row('bad', { status: 'invalid', problem: 'Not XML.' }),
      row('a', { description: 'Onboarding', objectType: 'ticket' }),
      row('b'),
      row('c', { description: 'Own words' }),
      row('d', { description: 'Own', objectType: 'lead' }),
      row('e', { status: 'uploading' }),
      row('f', { status: 'failed' }),
    ];
    const applied = applyToAll(rows);
    expect(applied?.source.id).toBe('a');
    expect(applied?.fields).toEqual(['description', 'objectType']);
    expect(applied?.patches).toEqual([
      { id: 'b', patch: { description: 'Onboarding', objectType: 'ticket' } },
      { id: 'c', patch: { objectType: 'ticket' } },
      { id: 'f', patch: { description: 'Onboarding', objectType: 'ticket' } },
    ]);
    expect(applyToAllText(applied!, 'a.xml')).toBe(
      'Description and Resource type of “a.xml” applied to 3 files where empty.',
    );
  });

  it('is not offered for a single editable file', () => {
    expect(applyToAll([row('a', { description: 'x' }), row('b', { status: 'done' })])).toBeNull();
  });

  it('says why nothing was applied', () => {
    const empty = applyToAll([row('a'), row('b')])!;
    expect(empty.patches).toEqual([]);
    expect(applyToAllText(empty, 'a.xml')).toBe(
      'Nothing was applied: fill in the Description or Resource type of “a.xml” first.',
    );
    const full = applyToAll([
      row('a', { objectType: 'ticket' }),
      row('b', { objectType: 'lead' }),
    ])!;
    expect(applyToAllText(full, 'a.xml')).toBe(
      'Nothing was applied: every file already has its own Resource type.',
    );
  });

  it('gives the reason shown on the screen when nothing was applied, and none when something was', () => {
    const empty = applyToAll([row('a'), row('b', { description: 'typed on b' })])!;
    expect(nothingAppliedReason(empty, 'a.xml')).toBe(
      'Fill in the Description or Resource type of “a.xml” first.',
    );
    const full = applyToAll([
      row('a', { description: 'x', objectType: 'ticket' }),
      row('b', { description: 'y', objectType: 'lead' }),
    ])!;
    expect(nothingAppliedReason(full, 'a.xml')).toBe(
      'Every file already has its own Description and Resource type.',
    );
    const applied = applyToAll([row('a', { description: 'x' }), row('b')])!;
    expect(nothingAppliedReason(applied, 'a.xml')).toBeNull();
  });
});
