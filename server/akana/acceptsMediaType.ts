/**
 * Whether an Accept header allows a media type such as `text/plain`: listed itself, as `text/*`
 * or as `*\/*`, with a quality above 0. No header at all accepts anything (RFC 9110 §12.5.1).
 */
export function acceptsMediaType(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  const [type] = mediaType.toLowerCase().split('/');
  const matches = [mediaType.toLowerCase(), `${type}/*`, '*/*'];
  // The most specific range that names the type decides (text/plain;q=0 beats */*).
  let best: { specificity: number; quality: number } | null = null;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const specificity = matches.length - matches.indexOf(range);
    if (specificity > matches.length) continue; // indexOf -1: another type
    const q = params.find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (!best || specificity > best.specificity) best = { specificity, quality };
  }
  return best !== null && best.quality > 0;
}
