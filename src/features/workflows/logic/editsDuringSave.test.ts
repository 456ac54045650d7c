import { describe, expect, it } from 'vitest';
import { keepEditsMadeDuringSave } from './editsDuringSave.ts';

const step = (id: number, type: string, rank: number) => ({ Id: id, Type: type, Rank: rank });

describe('keepEditsMadeDuringSave', () => {
  it('is the stored values when nothing changed after Save was pressed', () => {
    const sent = { Name: 'A', Steps: [step(0, 'Mail', 1)] };
    const stored = { Name: 'A', Steps: [step(7, 'Mail', 1)] };
    expect(keepEditsMadeDuringSave(sent, structuredClone(sent), stored)).toEqual({
      values: stored,
      edited: [],
    });
  });

  it('keeps a field typed into while saving, and takes the others from the answer', () => {
    const sent = { Name: 'A', Key: 'k', Rank: 1 };
    const now = { Name: 'A and more', Key: 'k', Rank: 1 };
    const stored = { Name: 'A', Key: 'k', Rank: 2 };
    expect(keepEditsMadeDuringSave(sent, now, stored)).toEqual({
      values: { Name: 'A and more', Key: 'k', Rank: 2 },
      edited: ['Name'],
    });
  });

  it('in a list changed while saving, takes untouched items from the answer and keeps the rest', () => {
    const sent = { Steps: [step(0, 'Mail', 1), step(5, 'Wait', 2)] };
    // Moved the wait first, and added an SMS, while the save was under way.
    const now = { Steps: [step(5, 'Wait', 2), step(0, 'Mail', 1), step(0, 'SMS', 0)] };
    const stored = { Steps: [step(9, 'Mail', 1), step(5, 'Wait', 2)] };
    expect(keepEditsMadeDuringSave(sent, now, stored)).toEqual({
      values: { Steps: [step(5, 'Wait', 2), step(9, 'Mail', 1), step(0, 'SMS', 0)] },
      edited: ['Steps'],
    });
  });

  it('keeps the list as it is now when the answer does not match what was sent item for item', () => {
    const sent = { Steps: [step(0, 'Mail', 1)] };
    const now = { Steps: [step(0, 'Mail', 1), step(0, 'SMS', 0)] };
    const stored = { Steps: [] };
    expect(keepEditsMadeDuringSave(sent, now, stored).values).toEqual(now);
  });
});
