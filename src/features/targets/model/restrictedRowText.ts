import type { TargetRow } from './types.ts';

/**
 * What a planner is told on trying to change a row its own rights forbid changing: that it
 * cannot be changed, and the server's reason ("Chloe Martin cannot be changed. Not your user
 * group.").
 */
export function restrictedRowText(row: Pick<TargetRow, 'label' | 'restriction'>): string {
  return `${row.label} cannot be changed. ${row.restriction ?? ''}`.trim();
}

/** The reasons of rows that cannot be changed, each said once, in the order of the rows. */
export function restrictionReasons(rows: readonly Pick<TargetRow, 'restriction'>[]): string {
  return [...new Set(rows.map((r) => r.restriction).filter(Boolean))].join(' ');
}
