import { describe, expect, it } from 'vitest';
import { shownHistoryChanges } from './shownHistoryChanges.ts';

const changes = [
  { FieldIdentifier: 'PeriodType', ValueChangeFrom: 4, ValueChangeTo: 3 },
  { FieldIdentifier: 'Year', ValueChangeFrom: 2026, ValueChangeTo: 2027 },
  { FieldIdentifier: 'Values[0]', ValueChangeFrom: 1, ValueChangeTo: 2 },
];

describe('shownHistoryChanges', () => {
  it('leaves out the changes of a group setting the user may not see', () => {
    expect(shownHistoryChanges(changes, (f) => f === 'PeriodType')).toEqual(changes.slice(1));
  });

  it('keeps a row’s own changes, whatever is asked', () => {
    expect(shownHistoryChanges(changes, () => true)).toEqual([changes[2]]);
  });

  it('keeps everything when nothing is hidden, and copes with no changes', () => {
    expect(shownHistoryChanges(changes, () => false)).toEqual(changes);
    expect(shownHistoryChanges(null, () => true)).toEqual([]);
  });
});

describe('shownHistoryChanges, on a row whose own fields are hidden', () => {
  const own = [
    { FieldIdentifier: 'Values[0]', ValueChangeFrom: 1, ValueChangeTo: 2 },
    { FieldIdentifier: 'Locked', ValueChangeFrom: 0, ValueChangeTo: 1 },
    { FieldIdentifier: 'Year', ValueChangeFrom: 2026, ValueChangeTo: 2027 },
  ];

  it('leaves out its figures when they are not shown, and its lock when that is not', () => {
    const none = () => false;
    expect(shownHistoryChanges(own, none, { values: true, locked: false })).toEqual([
      own[1],
      own[2],
    ]);
    expect(shownHistoryChanges(own, none, { values: false, locked: true })).toEqual([
      own[0],
      own[2],
    ]);
    expect(shownHistoryChanges(own, none, { values: true, locked: true })).toEqual([own[2]]);
  });
});
