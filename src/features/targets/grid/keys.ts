import type { MoveKey } from './navigation.ts';

/** Classifies a key press on a focused (non-editing) cell. Pure, so it is easy to test. */
export type KeyIntent =
  | { kind: 'move'; key: MoveKey; ctrl: boolean; extend: boolean }
  | { kind: 'tab'; back: boolean }
  | { kind: 'edit' }
  | { kind: 'type'; text: string }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'selectAll' }
  | { kind: 'collapse' }
  | { kind: 'menu' }
  /** Space: opens a row name's menu; on a value it does nothing (it scrolled the grid away). */
  | { kind: 'space' }
  | { kind: 'none' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const MOVES = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * Characters that start editing a number: digits, signs (also '−'), decimal separators, '(' of an
 * accountant's negative "(200)" and currency signs ("€ 200"), as the editor reads them all.
 */
const STARTS_NUMBER = /^[0-9+\-−.,(\p{Sc}]$/u;

export function keyIntent(e: KeyLike): KeyIntent {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key;
  if (MOVES.has(k)) {
    return {
      kind: 'move',
      key: k as MoveKey,
      ctrl: mod,
      extend: e.shiftKey,
    };
  }
  if (mod && !e.altKey) {
    const lower = k.toLowerCase();
    if (lower === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (lower === 'y') return { kind: 'redo' };
    if (lower === 'a') return { kind: 'selectAll' };
    return { kind: 'none' };
  }
  if (e.altKey) return { kind: 'none' };
  if (k === 'Tab') return { kind: 'tab', back: e.shiftKey };
  if (k === 'Enter' || k === 'F2') return { kind: 'edit' };
  if (k === 'Delete' || k === 'Backspace') return { kind: 'clear' };
  if (k === 'Escape') return { kind: 'collapse' };
  if (k === 'ContextMenu' || (k === 'F10' && e.shiftKey)) return { kind: 'menu' };
  if (k === ' ' && !e.shiftKey) return { kind: 'space' };
  if (STARTS_NUMBER.test(k)) return { kind: 'type', text: k };
  return { kind: 'none' };
}
