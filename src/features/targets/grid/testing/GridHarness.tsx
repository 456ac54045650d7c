import { useMemo, useState } from 'react';
import { TargetGrid } from '../Grid.tsx';
import type { CellRect, GridActions, GridColumn } from '../types.ts';
import { memorySource, type MemorySource } from './memorySource.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const harnessColumns: GridColumn[] = MONTHS.map((m) => ({ label: m, fullLabel: m }));

export interface HarnessSpy {
  pasted: { at: CellRect; text: string }[];
  cleared: CellRect[];
  readOnly: number[];
  menus: number[];
  undo: number;
  redo: number;
}

/** TargetGrid over a memory source, with simple actions, for component tests and demos. */
export function GridHarness({
  rows = 1000,
  lockEvery = 0,
  spy,
  readOnly,
}: {
  rows?: number;
  lockEvery?: number;
  spy?: HarnessSpy;
  readOnly?: boolean;
}) {
  const [source, setSource] = useState<MemorySource>(() => memorySource(rows, 12, lockEvery));
  const actions = useMemo<GridActions>(
    () => ({
      commitEdit(row, col, text) {
        const v = Number(text.replace(',', '.'));
        if (text.trim() === '' || !Number.isFinite(v)) return `"${text}" is not a number`;
        setSource((s) => s.set(row, col, v));
        return null;
      },
      paste: (at, text) => spy?.pasted.push({ at, text }),
      clear: (rect) => spy?.cleared.push(rect),
      copy: (rect) => `${rect.top}:${rect.left}-${rect.bottom}:${rect.right}`,
      undo: () => spy && spy.undo++,
      redo: () => spy && spy.redo++,
      readOnlyAttempt: (row) => spy?.readOnly.push(row),
      openRowMenu: (row) => spy?.menus.push(row),
    }),
    [spy],
  );
  return (
    <div style={{ height: 600 }}>
      <TargetGrid
        source={source}
        columns={harnessColumns}
        actions={actions}
        label="Targets"
        locale="en-US"
        readOnly={readOnly}
      />
    </div>
  );
}

export const newSpy = (): HarnessSpy => ({
  pasted: [],
  cleared: [],
  readOnly: [],
  menus: [],
  undo: 0,
  redo: 0,
});
