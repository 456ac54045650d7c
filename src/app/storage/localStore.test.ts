import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStore } from './localStore.ts';

describe('localStore', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is this browser's localStorage", () => {
    const storage = { getItem: () => null } as unknown as Storage;
    vi.stubGlobal('window', { localStorage: storage });
    expect(localStore()).toBe(storage);
  });

  it('is null when the browser refuses storage (reading it throws)', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(localStore()).toBeNull();
  });
});
