import type { CellPos } from '../grid/types.ts';

export interface Selection {
  readonly active: CellPos;
  readonly extent: CellPos;
}

/**
 * The grid's selection outside React state, so moving the active cell re-renders only what
 * shows the selection (status bar, toolbar), never the page around the grid.
 */
export interface SelectionStore {
  get(): Selection;
  set(active: CellPos, extent: CellPos): void;
  subscribe(listener: () => void): () => void;
}

export function createSelectionStore(): SelectionStore {
  let value: Selection = { active: { row: 0, col: 0 }, extent: { row: 0, col: 0 } };
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(active, extent) {
      if (value.active === active && value.extent === extent) return;
      value = { active, extent };
      for (const l of listeners) l();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
