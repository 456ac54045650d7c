import { describe, expect, it } from 'vitest';
import { EventHistoryStore } from './eventHistory.ts';

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
