/**
 * How a condition joins the next (InterOperator), in the join picker and in the group summary,
 * so both say the same. None (only ever from the server: new and appended conditions join with
 * And) is shown as what it is, not set, rather than as And; a name Flowdesk does not know is
 * shown as it is.
 */
export function joinPickerLabel(op: string | null | undefined): string {
  if (op === 'And' || op === 'Or') return op;
  return isNoJoin(op) ? 'No join (None)' : op;
}

/** The joiner between two conditions in a summary: " and ", " or ", " — no join — ". */
export function joinSummaryText(op: string | null | undefined): string {
  if (op === 'And' || op === 'Or') return ` ${op.toLowerCase()} `;
  return isNoJoin(op) ? ' — no join — ' : ` ${op} `;
}

function isNoJoin(op: string | null | undefined): op is 'None' | null | undefined | '' {
  return !op || op === 'None';
}
