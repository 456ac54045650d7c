import { describe, expect, it } from 'vitest';
import { readRecentFlows, recentFlowsKept, withRecentFlow } from './recentFlows.ts';

describe('recently opened flows', () => {
  it('puts the flow just opened first, once, with its latest name', () => {
    const list = [
      { id: 1, name: 'Welcome' },
      { id: 2, name: 'Trial' },
    ];
    expect(withRecentFlow(list, { id: 2, name: 'Trial nurture' })).toEqual([
      { id: 2, name: 'Trial nurture' },
      { id: 1, name: 'Welcome' },
    ]);
  });

  it('keeps only the most recent ones', () => {
    let list = withRecentFlow([], { id: 1, name: 'a' });
    for (let id = 2; id <= recentFlowsKept + 3; id++) list = withRecentFlow(list, { id, name: '' });
    expect(list).toHaveLength(recentFlowsKept);
    expect(list[0].id).toBe(recentFlowsKept + 3);
  });

  it('reads what was stored, leaving out what it cannot read', () => {
    expect(readRecentFlows(null)).toEqual([]);
    expect(readRecentFlows('not json')).toEqual([]);
    expect(readRecentFlows('{"id":1}')).toEqual([]);
    expect(
      readRecentFlows(
        JSON.stringify([
          { id: 3, name: 'Kept', extra: true },
          { id: 'x', name: 'n' },
          null,
          { id: 0, name: '' },
        ]),
      ),
    ).toEqual([{ id: 3, name: 'Kept' }]);
  });
});
