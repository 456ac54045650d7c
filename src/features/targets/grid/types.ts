/**
 * The grid's view of its data. The grid never owns values: it asks a source for what to show and
 * reports edits through callbacks, so the controller (and its undo stack) stays the single truth.
 *
 * Coordinates: `row` 0..rowCount-1 is a body row; `col` 0..colCount-1 is a value column (a period).
 * The grid adds the row-header column on the left and a row-total column on the right.
 */
export type GridRowKind = 'company' | 'group' | 'user' | 'sum';

/** What the grid needs to know about a row. Identical metas should be shared objects. */
export interface GridRowMeta {
  readonly kind: GridRowKind;
  /** Locked (approved) rows: shown with a lock, not editable. */
  readonly locked: boolean;
  /** Locked or unlocked since the last save: marked like a changed cell until saved. */
  readonly lockChanged?: boolean;
  /** Not editable for any reason (locked, derived sum row, no rights). */
  readonly readOnly: boolean;
  /** Why the row is read-only, for screen readers and tooltips ("Locked", "Sum of users"). */
  readonly readOnlyReason?: string;
  /**
   * The row's figures are not shown (the user may not see its Values): its cells show a dash
   * and are named "Not shown"; `readOnlyReason` says why when the server does.
   */
  readonly valuesHidden?: boolean;
  /** A short note beside the name, also said with it ("1 user not shown"). */
  readonly note?: string;
  /** The row has a currency the user may not see: none shown, its name says it is not shown. */
  readonly currencyHidden?: boolean;
  /** ISO currency code (company/group rows), shown next to the name. */
  readonly currency?: string;
  /** Visual indentation level: 0 company/group, 1 user/sum rows. */
  readonly level: 0 | 1;
  /**
   * Decimals of the row's amounts (its currency's minor units: NOK 2, KWD 3, JPY 0); a fraction
   * shows all of them. Unset: 2 or 3.
   */
  readonly decimals?: number;
}

export interface GridSource {
  readonly rowCount: number;
  readonly colCount: number;
  /**
   * Changes (by identity) whenever anything in the row changes, e.g. the row object itself;
   * rows re-render only when it changes.
   */
  rowVersion(row: number): unknown;
  /** Changes (by identity) whenever a column total may have changed. */
  readonly totalsVersion: unknown;
  value(row: number, col: number): number;
  rowTotal(row: number): number;
  colTotal(col: number): number;
  grandTotal(): number;
  rowLabel(row: number): string;
  rowMeta(row: number): GridRowMeta;
  /** True when the value differs from the saved one. */
  isChanged(row: number, col: number): boolean;
  /** Changes (by identity) whenever any value may have changed (default: totalsVersion). */
  readonly valuesVersion?: unknown;
  /** Decimals of the footer's totals (see GridRowMeta.decimals). */
  readonly totalsDecimals?: number;
  /**
   * The lowest and highest value of any cell and of any row's year total, so the columns can be
   * wide enough for them (not only for the column totals).
   */
  extremes?(): FigureExtremes;
}

export interface FigureExtremes {
  readonly values: readonly [min: number, max: number];
  readonly totals: readonly [min: number, max: number];
  /** The most decimals any row's amounts have (see GridRowMeta.decimals). */
  readonly decimals?: number;
}

export interface GridColumn {
  /** Short label shown in the header ("Jan"). */
  readonly label: string;
  /** Full name for screen readers ("January 2027"). */
  readonly fullLabel: string;
}

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** Where the user is in the grid: the selection and the scroll position (to come back to). */
export interface GridView {
  readonly active: CellPos;
  readonly extent: CellPos;
  readonly scrollTop: number;
  readonly scrollLeft: number;
}

/** An inclusive rectangle of value cells, normalised (top ≤ bottom, left ≤ right). */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What the grid asks its controller to do. The controller announces outcomes itself (live region,
 * toasts); only a typed value's rejection comes back, so the editor can stay open.
 */
export interface GridActions {
  /** A typed value was committed (raw text as typed). Returns an error message, or null. */
  commitEdit(row: number, col: number, text: string): string | null;
  /**
   * TSV text pasted into the selection: the block lands at its top-left cell (a single value
   * fills the whole selection).
   */
  paste(selection: CellRect, text: string): void;
  /** Delete pressed over a range. */
  clear(rect: CellRect): void;
  /** TSV for a range (Ctrl+C). */
  copy(rect: CellRect): string;
  /**
   * TSV for figures the grid works out (a year total, the footer's totals) copied alone; null
   * for one not shown (copied empty).
   */
  copyFigures?(matrix: readonly (readonly (number | null)[])[]): string;
  undo(): void;
  redo(): void;
  /**
   * The user tried to change a read-only cell (typing, Enter, paste, Delete); `col` is the row
   * total's column (colCount) when they tried the total, -1 when they typed on the row's name.
   */
  readOnlyAttempt?(row: number, col?: number): void;
  /** A typed value was refused (`error`) as the editor closed by losing focus: it is dropped. */
  editDropped?(row: number, col: number, error: string): void;
  /** Open the actions menu of a row, next to `anchor` (its menu button or header cell). */
  openRowMenu?(row: number, anchor: HTMLElement): void;
}
