/**
 * A name on more lines of a CSV file than the grid has rows of that name (the same user twice):
 * said as a duplicate, "Chloe Martin is in the file twice (lines 12 and 35); only one row has
 * that name, so line 35 is left out". It was listed as "not in this group", though she is. The
 * first lines of the name go to its rows in order (as export writes them); the rest are left out.
 */
export function duplicateLinesText(label: string, lines: readonly number[], rows: number): string {
  const times = lines.length === 2 ? 'twice' : `${lines.length} times`;
  const has = rows === 1 ? 'only one row has' : `only ${rows} rows have`;
  const left = lines.slice(rows);
  const leftOut = `${left.length === 1 ? 'line' : 'lines'} ${listed(left)} ${left.length === 1 ? 'is' : 'are'} left out`;
  return `${label} is in the file ${times} (lines ${listed(lines)}); ${has} that name, so ${leftOut}`;
}

/** "12", "12 and 35", "4, 9 and 20". */
function listed(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
