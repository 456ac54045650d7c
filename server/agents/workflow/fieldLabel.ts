/** What the editor calls one item of each list of a Save body (its number is added, from 1). */
const itemWords: Record<string, string> = {
  RestrictionGroups: 'restriction group',
  Restrictions: 'restriction',
  Steps: 'step',
  // The flow editor lists a split's options as its paths ("Paths of …").
  Options: 'path',
};

/**
 * A field path of a Save body ("RestrictionGroups.1.Name") as a user finds it in the editor:
 * where (`Restriction group 2`, numbered from 1 as the editor's "Group 2") and which field.
 */
export function fieldLabel(path: string): { where: string | null; field: string } {
  const parts = path.split('.').filter((p) => p !== '');
  const field = parts.pop() ?? path;
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const list = parts[i];
    const index = Number(parts[i + 1]);
    const word = itemWords[list] ?? list;
    items.push(Number.isInteger(index) ? `${word} ${index + 1}` : word);
  }
  if (items.length === 0) return { where: null, field };
  const where = items.join(', ');
  return { where: where[0].toUpperCase() + where.slice(1), field };
}
