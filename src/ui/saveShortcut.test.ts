import { describe, expect, it } from 'vitest';
import { isSaveShortcut } from './saveShortcut.ts';

describe('isSaveShortcut', () => {
  it('knows Ctrl+S and ⌘S, not with Shift or Alt', () => {
    const k = { key: 's', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false };
    expect(isSaveShortcut(k)).toBe(true);
    expect(isSaveShortcut({ ...k, key: 'S' })).toBe(true);
    expect(isSaveShortcut({ ...k, ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSaveShortcut({ ...k, shiftKey: true })).toBe(false);
    expect(isSaveShortcut({ ...k, altKey: true })).toBe(false);
    expect(isSaveShortcut({ ...k, ctrlKey: false })).toBe(false);
  });
});
