import { describe, expect, it } from 'vitest';
import { summaryText } from './summaryText.ts';

describe('summaryText', () => {
  it('counts steps and lists the actions', () => {
    expect(summaryText({ stepCount: 1, actionNames: [] })).toBe('1 step · Actions: none');
    expect(summaryText({ stepCount: 2, actionNames: ['Approve', 'Reject'] })).toBe(
      '2 steps · Actions: Approve, Reject',
    );
  });

  it('lists six actions and counts the rest', () => {
    const names = Array.from({ length: 40 }, (_, i) => `A${i}`);
    expect(summaryText({ stepCount: 3, actionNames: names })).toBe(
      '3 steps · Actions: A0, A1, A2, A3, A4, A5 and 34 more',
    );
    // Large counts are grouped in the user's culture ("and 34995 more" was hard to read).
    const many = Array.from({ length: 35_001 }, (_, i) => `A${i}`);
    expect(summaryText({ stepCount: 1200, actionNames: many }, 'en-US')).toBe(
      '1,200 steps · Actions: A0, A1, A2, A3, A4, A5 and 34,995 more',
    );
    expect(summaryText({ stepCount: 2, actionNames: many }, 'nb-NO')).toBe(
      '2 steps · Actions: A0, A1, A2, A3, A4, A5 and 34\u00a0995 more',
    );
    expect(summaryText({ stepCount: 3, actionNames: names.slice(0, 6) })).toBe(
      '3 steps · Actions: A0, A1, A2, A3, A4, A5',
    );
  });
});
