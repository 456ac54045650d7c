import { describe, expect, it } from 'vitest';
import { isTextEntry, isUndoShortcut } from './undoShortcut.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('isUndoShortcut', () => {
  it('is Ctrl+Z or ⌘Z, either case, and nothing with Shift or Alt', () => {
    expect(isUndoShortcut(key('z', { ctrlKey: true }))).toBe(true);
    expect(isUndoShortcut(key('Z', { metaKey: true }))).toBe(true);
    expect(isUndoShortcut(key('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndoShortcut(key('z', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isUndoShortcut(key('z'))).toBe(false);
    expect(isUndoShortcut(key('y', { ctrlKey: true }))).toBe(false);
  });
});

describe('isTextEntry', () => {
  const input = (type: string) => Object.assign(document.createElement('input'), { type });
  it('is true for text-like inputs and text areas, false for buttons, checkboxes and others', () => {
    expect(isTextEntry(input('text'))).toBe(true);
    expect(isTextEntry(input('number'))).toBe(true);
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(input('checkbox'))).toBe(false);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
