/**
 * Records the app keeps in storage as JSON objects. Each reader checks its own fields; this only
 * turns the kept text into an object, so text that is missing, not JSON, or JSON of something
 * else (a number, a list) is read as "nothing kept" rather than failing.
 */
export type KeptObject = Record<string, unknown>;

/**
 * The object kept as `text`, or null. With `version`, only one written with that version
 * (`v`): a record an older or newer Flowdesk wrote in another shape is not read as this one.
 */
export function readKeptObject(
  text: string | null | undefined,
  version?: number,
): KeptObject | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const kept = json as KeptObject;
  if (version !== undefined && kept.v !== version) return null;
  return kept;
}

/** `fields` as kept text, marked with `version` (`v`, first) for readKeptObject. */
export function keptObjectText(version: number, fields: KeptObject): string {
  return JSON.stringify({ v: version, ...fields });
}
