import type { GridRowMeta, GridSource } from '../types.ts';

const userMeta: GridRowMeta = { kind: 'user', locked: false, readOnly: false, level: 1 };
const lockedMeta: GridRowMeta = {
  kind: 'user',
  locked: true,
  readOnly: true,
  readOnlyReason: 'Locked',
  level: 1,
};

/**
 * An in-memory GridSource for tests and demos: `rows` × `cols` of user rows (every
 * `lockEvery`-th locked), values `row * 10 + col`. Mutations return a new source.
 */
export interface MemorySource extends GridSource {
  set(row: number, col: number, v: number): MemorySource;
}

export function memorySource(rows: number, cols: number, lockEvery = 0): MemorySource {
  const values = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) values[r * cols + c] = r * 10 + c;
  return build(rows, cols, lockEvery, values, new Float64Array(values), new Uint32Array(rows), 0);
}

function build(
  rows: number,
  cols: number,
  lockEvery: number,
  values: Float64Array,
  saved: Float64Array,
  versions: Uint32Array,
  totalsVersion: number,
): MemorySource {
  const colTotal = (c: number) => {
    let s = 0;
    for (let r = 0; r < rows; r++) s += values[r * cols + c];
    return s;
  };
  return {
    rowCount: rows,
    colCount: cols,
    totalsVersion,
    rowVersion: (r) => versions[r],
    value: (r, c) => values[r * cols + c],
    rowTotal: (r) => {
      let s = 0;
      for (let c = 0; c < cols; c++) s += values[r * cols + c];
      return s;
    },
    colTotal,
    grandTotal: () => {
      let s = 0;
      for (let c = 0; c < cols; c++) s += colTotal(c);
      return s;
    },
    rowLabel: (r) => `User ${r + 1}`,
    rowMeta: (r) => (lockEvery && r % lockEvery === lockEvery - 1 ? lockedMeta : userMeta),
    isChanged: (r, c) => values[r * cols + c] !== saved[r * cols + c],
    set(r, c, v) {
      values[r * cols + c] = v;
      versions[r]++;
      return build(rows, cols, lockEvery, values, saved, versions, totalsVersion + 1);
    },
  };
}
