import { describe, expect, it } from 'vitest';
import { nextCountAnnouncement, type CountAnnouncement } from './countAnnouncement.ts';

const run = (steps: readonly [filters: string, count: string | null][]) =>
  steps.reduce<CountAnnouncement | null>((s, [f, c]) => nextCountAnnouncement(s, f, c), null);

describe('nextCountAnnouncement', () => {
  it('holds nothing until the first count, then that count', () => {
    expect(run([['all|', null]])).toBeNull();
    expect(
      run([
        ['all|', null],
        ['all|', '5 definitions'],
      ])?.said,
    ).toBe('5 definitions');
  });

  it('says the count when the search changes', () => {
    expect(
      run([
        ['all|', '5 definitions'],
        ['all|tri', '5 definitions, 1 matching the search'],
      ])?.said,
    ).toBe('5 definitions, 1 matching the search');
  });

  it('says the count of a new resource type once its list is there, not before', () => {
    const loading = run([
      ['all|', '5 definitions'],
      ['ticket|', null],
    ]);
    expect(loading?.said).toBe('5 definitions');
    expect(nextCountAnnouncement(loading, 'ticket|', '2 Ticket definitions')?.said).toBe(
      '2 Ticket definitions',
    );
  });

  it('says nothing when a delete or an upload changes the count: their notification does', () => {
    const afterSearch = run([
      ['all|', '5 definitions'],
      ['all|tri', '5 definitions, 1 matching the search'],
    ]);
    expect(
      nextCountAnnouncement(afterSearch, 'all|tri', '4 definitions, 1 matching the search')?.said,
    ).toBe('');
    expect(
      run([
        ['all|', '5 definitions'],
        ['all|', '4 definitions'],
      ])?.said,
    ).toBe('');
  });

  it('keeps its state while nothing changes', () => {
    const state = run([['all|', '5 definitions']]);
    expect(nextCountAnnouncement(state, 'all|', '5 definitions')).toBe(state);
  });
});
