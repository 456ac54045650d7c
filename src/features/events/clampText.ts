/** Beyond this many characters (or lines) a history cell is clamped and offers "Show all". */
export const CLAMP_CHARS = 80;
export const CLAMP_LINES = 2;

/** Whether a history cell's text is long enough to be clamped to a couple of lines. */
export function isLongText(text: string): boolean {
  return text.length > CLAMP_CHARS || text.split('\n').length > CLAMP_LINES;
}
