/**
 * An editor stays editable while its Save is under way (a slow server must not freeze the page).
 * When the answer comes, the form shows what the server stored, but whatever the user changed
 * after pressing Save must not silently go: it stays in the form, unsaved.
 *
 * `sent` is the form as it was when Save was pressed, `now` as it is when the answer came, and
 * `stored` the server's answer as form values. The result is `stored` with the later edits put
 * back, and the names of the fields that differ from `stored` (they stay dirty).
 *
 * In a list (steps, restriction groups), an item left as it was sent is taken from the answer
 * (so it carries the ids and ranks the server gave it), and an item added or edited since is
 * kept as the user has it now.
 */
export function keepEditsMadeDuringSave<T extends Record<string, unknown>>(
  sent: T,
  now: T,
  stored: T,
): { values: T; edited: (keyof T & string)[] } {
  const values = { ...stored };
  const edited: (keyof T & string)[] = [];
  for (const key of Object.keys(now) as (keyof T & string)[]) {
    if (same(now[key], sent[key])) continue;
    values[key] = mergeField(sent[key], now[key], stored[key]);
    edited.push(key);
  }
  return { values, edited };
}

function mergeField<V>(sent: V, now: V, stored: V): V {
  // Only a list whose items the server answered one for one can be matched up item by item.
  if (
    !Array.isArray(sent) ||
    !Array.isArray(now) ||
    !Array.isArray(stored) ||
    sent.length !== stored.length
  )
    return now;
  return now.map((item: unknown) => {
    const at = sent.findIndex((s: unknown) => same(s, item));
    return at < 0 ? item : stored[at];
  }) as V;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
