/**
 * What the grid says when the planner tries to change the totals footer (type, Enter, paste,
 * Delete) or asks for its row actions: its figures add up the rows above, so they change there.
 */
export const TOTALS_ROW_READ_ONLY =
  'The totals row is calculated from the rows above it and cannot be changed: change the values in those rows instead.';

export const TOTALS_ROW_NO_ACTIONS =
  'The totals row adds up the rows above it: it has no row actions. Use those of the rows above.';
