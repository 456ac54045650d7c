import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editorDraftOwner } from '../drafts/editorDraft.ts';

const kept = vi.hoisted(() => ({ batch: null as unknown, open: new Set<string>() }));
vi.mock('../../features/definitions/hooks/keptBatchStore.ts', () => ({
  loadKeptBatch: async () => kept.batch,
}));
vi.mock('../drafts/otherOpenTabs.ts', () => ({ otherOpenTabs: async () => kept.open }));

const { keptWorkAtSignOut } = await import('./keptWorkAtSignOut.ts');

const owner = editorDraftOwner('https://tenant', 'admin');
const mine = encodeURIComponent(owner);
const draft = (address: string, tab: string, suffix = '') =>
  `flowdesk.workflows.draft.${address}~${tab}.${mine}${suffix}`;

describe('keptWorkAtSignOut', () => {
  beforeEach(() => {
    localStorage.clear();
    kept.batch = null;
    kept.open = new Set();
  });
  afterEach(() => localStorage.clear());

  it('does not ask about the draft of the page the user is on, which the page itself answers for', async () => {
    localStorage.setItem(draft('/events', 'tab-here'), '{}');
    expect(await keptWorkAtSignOut(owner, '/events')).toEqual({ pages: [], ask: false });
  });

  it('asks about a send under way from the page the user is on: it may not have arrived', async () => {
    localStorage.setItem(draft('/events', 'tab-here'), '{}');
    localStorage.setItem(draft('/events', 'tab-here', '.send'), '{}');
    expect(await keptWorkAtSignOut(owner, '/events')).toEqual({ pages: [], ask: true });
  });

  it('names the other pages, leaving out the drafts of other tabs still open', async () => {
    localStorage.setItem(draft('/workflows/1/goals/2', 'tab-gone'), '{}');
    localStorage.setItem(draft('/workflows/1/goals/3', 'tab-open'), '{}');
    kept.open = new Set(['tab-open']);
    expect(await keptWorkAtSignOut(owner, '/settings')).toEqual({
      pages: [{ address: '/workflows/1/goals/2', label: 'Goal 2 of flow 1' }],
      ask: true,
    });
  });

  it('names definition files not uploaded, except on their own page, and asks about them on both', async () => {
    kept.batch = { files: [] };
    const elsewhere = await keptWorkAtSignOut(owner, '/settings');
    expect(elsewhere.pages.map((p) => p.address)).toEqual(['/definitions']);
    expect(await keptWorkAtSignOut(owner, '/definitions')).toEqual({ pages: [], ask: true });
  });
});
