import { describe, expect, it } from 'vitest';
import { loadKeptBatch, saveKeptBatch } from './keptBatchStore.ts';

describe('the kept batch without IndexedDB', () => {
  it('keeps nothing and finds nothing, without failing: the page works as without it', async () => {
    expect(typeof globalThis.indexedDB).toBe('undefined');
    await expect(
      saveKeptBatch('owner', {
        batch: { v: 1, savedAt: new Date().toISOString(), rows: [] },
        files: new Map(),
      }),
    ).resolves.toBeUndefined();
    await expect(loadKeptBatch('owner')).resolves.toBeNull();
  });
});
