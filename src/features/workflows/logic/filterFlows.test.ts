import { describe, expect, it } from 'vitest';
import { filterFlows } from './filterFlows.ts';

const flows = [
  { EmailFlowId: 1, Name: 'Welcome series', Description: 'New contacts', Status: 'Running' },
  { EmailFlowId: 2, Name: 'Trial nurture', Description: 'Trials by country', Status: 'Paused' },
];

describe('filterFlows', () => {
  it('matches every word in name, description or status', () => {
    expect(filterFlows(flows, '').map((f) => f.EmailFlowId)).toEqual([1, 2]);
    expect(filterFlows(flows, 'WELCOME').map((f) => f.EmailFlowId)).toEqual([1]);
    expect(filterFlows(flows, 'paused country').map((f) => f.EmailFlowId)).toEqual([2]);
    expect(filterFlows(flows, 'welcome paused')).toEqual([]);
  });
});
