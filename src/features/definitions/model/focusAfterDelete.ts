/**
 * Which row should take focus once a deleted row has left the list: the row now in its place,
 * else the one before it (the last row was deleted); null when the list is empty. `keysBefore`
 * is the list as it was when the delete was confirmed; rows may have come or gone since.
 */
export function rowToFocusAfterDelete(
  keysBefore: readonly string[],
  deletedKey: string,
  keysNow: readonly string[],
): string | null {
  if (keysNow.length === 0) return null;
  const index = keysBefore.indexOf(deletedKey);
  // Prefer the next row of the old list that is still there, then the previous ones.
  const candidates = [
    ...keysBefore.slice(index + 1),
    ...keysBefore.slice(0, Math.max(index, 0)).reverse(),
  ];
  const now = new Set(keysNow);
  const next = candidates.find((k) => now.has(k));
  if (next !== undefined) return next;
  return keysNow[Math.min(Math.max(index, 0), keysNow.length - 1)] ?? null;
}
