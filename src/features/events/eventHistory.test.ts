import { describe, expect, it } from 'vitest';
import { EventHistories, EventHistoryStore, eventHistoryOwner } from './eventHistory.ts';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

const sent = (eventType: string) => ({
  sentAt: '2026-01-01T00:00:00Z',
  eventType,
  attributes: '',
  select: '',
  outcome: 'ok' as const,
});

describe('event history', () => {
  it('keeps newest first, survives a reload of the store, and clears', () => {
    const storage = memory();
    const a = new EventHistoryStore(storage);
    let calls = 0;
    a.subscribe(() => calls++);
    a.add(sent('Run'));
    a.add(sent('LinkClicked'));
    expect(a.getSnapshot().map((e) => e.eventType)).toEqual(['LinkClicked', 'Run']);
    expect(calls).toBe(2);
    expect(new EventHistoryStore(storage).getSnapshot()).toHaveLength(2);
    a.clear();
    expect(new EventHistoryStore(storage).getSnapshot()).toEqual([]);
  });

  it('keeps at most 50 and tolerates broken storage', () => {
    const s = new EventHistoryStore(memory());
    for (let i = 0; i < 60; i++) s.add(sent('Run'));
    expect(s.getSnapshot()).toHaveLength(50);
    const broken = { getItem: () => '{not json', setItem: () => {}, removeItem: () => {} };
    expect(new EventHistoryStore(broken).getSnapshot()).toEqual([]);
  });
});

describe('event histories per user', () => {
  it('another user signing in to the tab does not see what the first one sent', () => {
    const storage = memory();
    const histories = new EventHistories(storage);
    const admin = eventHistoryOwner('http://127.0.0.1:4173/', 'admin');
    const viewer = eventHistoryOwner('http://127.0.0.1:4173', 'viewer');
    histories.for(admin).add(sent('FormSubmitted'));
    expect(histories.for(viewer).getSnapshot()).toEqual([]);
    // The same user (names without case) on the same server finds theirs, also after a reload.
    const again = new EventHistories(storage).for(
      eventHistoryOwner('http://127.0.0.1:4173', 'Admin'),
    );
    expect(again.getSnapshot().map((e) => e.eventType)).toEqual(['FormSubmitted']);
    // The same user name on another server is someone else.
    expect(histories.for(eventHistoryOwner('https://tenant', 'admin')).getSnapshot()).toEqual([]);
  });

  it('drops a history kept before histories had owners (nobody can tell whose it is)', () => {
    const storage = memory();
    new EventHistoryStore(storage).add(sent('Run'));
    const histories = new EventHistories(storage);
    expect(histories.for(eventHistoryOwner('', 'admin')).getSnapshot()).toEqual([]);
    expect(new EventHistoryStore(storage).getSnapshot()).toEqual([]);
  });
});
