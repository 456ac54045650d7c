import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentForRows } from '../model/rows.ts';
import { plannerGridSource } from '../state/gridSource.ts';
import { createPlannerState } from '../state/plannerState.ts';
import { TargetGrid } from './Grid.tsx';
import type { GridActions } from './types.ts';

// jsdom has no layout: give the scroll container a viewport so the virtualiser renders rows.
const sizes = { clientWidth: 1200, clientHeight: 600 };
const saved = Object.keys(sizes).map(
  (k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const,
);
beforeAll(() => {
  for (const [k, v] of Object.entries(sizes))
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
});
afterEach(cleanup);
afterAll(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});

const noActions: GridActions = {
  commitEdit: () => null,
  paste: () => {},
  clear: () => {},
  copy: () => '',
  undo: () => {},
  redo: () => {},
};

let nextId = 1;
function assignment(
  kind: 'group' | 'user',
  group: number,
  currency: string,
  values: number[],
  name: string,
): AssignmentForRows {
  return {
    TargetAssignmentInfoId: nextId++,
    Values: values,
    Locked: false,
    TargetUserGroup: kind === 'group' ? { Id: group, Value: name } : null,
    TargetAssociate:
      kind === 'user' ? { AssociateId: nextId, FullName: name, GroupIdx: group } : null,
    Currency: kind === 'group' ? { Value: currency } : null,
  };
}

function renderGroup(assignments: AssignmentForRows[]) {
  const state = createPlannerState(assignments, 2);
  render(
    <div style={{ height: 600 }}>
      <TargetGrid
        source={plannerGridSource(state)}
        columns={[
          { label: 'H1', fullLabel: 'First half' },
          { label: 'H2', fullLabel: 'Second half' },
        ]}
        actions={noActions}
        label="Targets"
        locale="en-US"
      />
    </div>,
  );
  const grid = screen.getByRole('grid', { name: 'Targets' });
  const rowOf = (name: string) =>
    within(grid)
      .getByRole('rowheader', { name: new RegExp(`^${name}(,|$)`) })
      .closest<HTMLElement>('[role="row"]')!;
  const figures = (name: string) =>
    within(rowOf(name))
      .getAllByRole('gridcell')
      .map((c) => c.textContent);
  return { figures };
}

describe('TargetGrid figures follow each row’s currency', () => {
  it('writes a 3-decimal currency (KWD) with 3 decimals in cells, row totals and the footer', () => {
    const { figures } = renderGroup([
      assignment('group', 1, 'KWD', [1.2, 0], 'Kuwait'),
      assignment('user', 1, 'KWD', [1.2, 2.005], 'Ali Kuwait'),
      assignment('user', 1, 'KWD', [3, 0.1], 'Sara Kuwait'),
    ]);
    expect(figures('Kuwait')).toEqual(['1.200', '0', '1.200']);
    expect(figures('Ali Kuwait')).toEqual(['1.200', '2.005', '3.205']);
    expect(figures('Sara Kuwait')).toEqual(['3', '0.100', '3.100']);
    expect(figures('All – Kuwait')).toEqual(['4.200', '2.105', '6.305']);
    expect(figures('Total')).toEqual(['4.200', '2.105', '6.305']);
  });

  it('keeps 2 decimals for NOK and none for JPY beside a KWD group', () => {
    const { figures } = renderGroup([
      assignment('group', 1, 'NOK', [0, 0], 'Norway'),
      assignment('group', 2, 'JPY', [0, 0], 'Japan'),
      assignment('group', 3, 'KWD', [0, 0], 'Kuwait'),
      assignment('user', 1, 'NOK', [1.2, 1000], 'Nils Norway'),
      assignment('user', 2, 'JPY', [1200, 5], 'Yui Japan'),
      assignment('user', 3, 'KWD', [0.5, 0], 'Ali Kuwait'),
    ]);
    expect(figures('Nils Norway')).toEqual(['1.20', '1,000', '1,001.20']);
    expect(figures('Yui Japan')).toEqual(['1,200', '5', '1,205']);
    expect(figures('Ali Kuwait')).toEqual(['0.500', '0', '0.500']);
  });
});
