import type { CellPos } from './types.ts';

/**
 * The grid's whole interaction state: one object, so a keystroke is one state update and one
 * render. `active` is the focused cell (and the selection anchor); `extent` the other corner.
 */
export interface GridState {
  readonly active: CellPos;
  readonly extent: CellPos;
  readonly editing: EditState | null;
}

export interface EditState {
  readonly row: number;
  readonly col: number;
  /** Text the editor starts with. */
  readonly initial: string;
  /** Started by typing a character: arrows commit and move (Excel's "enter" mode). */
  readonly typed: boolean;
  /** A commit failed with this message; the editor stays open. */
  readonly error?: string;
}

export type GridAction =
  | { type: 'select'; pos: CellPos; extend: boolean }
  | { type: 'selectAll'; rows: number; cols: number }
  | { type: 'edit'; edit: EditState }
  | { type: 'editError'; error: string }
  | { type: 'stopEdit' };

export const initialGridState: GridState = {
  active: { row: 0, col: 0 },
  extent: { row: 0, col: 0 },
  editing: null,
};

const same = (a: CellPos, b: CellPos) => a.row === b.row && a.col === b.col;

export function gridReducer(state: GridState, action: GridAction): GridState {
  switch (action.type) {
    case 'select': {
      if (action.extend) {
        if (same(state.extent, action.pos) && !state.editing) return state;
        return { ...state, extent: action.pos, editing: null };
      }
      if (same(state.active, action.pos) && same(state.extent, action.pos) && !state.editing)
        return state;
      return { active: action.pos, extent: action.pos, editing: null };
    }
    case 'selectAll':
      return {
        active: { row: 0, col: 0 },
        extent: { row: Math.max(action.rows - 1, 0), col: Math.max(action.cols - 1, 0) },
        editing: null,
      };
    case 'edit':
      return {
        active: { row: action.edit.row, col: action.edit.col },
        extent: { row: action.edit.row, col: action.edit.col },
        editing: action.edit,
      };
    case 'editError':
      return state.editing
        ? { ...state, editing: { ...state.editing, error: action.error } }
        : state;
    case 'stopEdit':
      return state.editing ? { ...state, editing: null } : state;
  }
}
