/**
 * The API base URL as requests use it: trimmed, without trailing slashes, and without a trailing
 * `/api/v1` (tenant addresses are often copied with it, and every request path starts with it,
 * so it would be doubled into a 404).
 */
export function normalizeBaseUrl(value: string): string {
  return value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api\/v1$/i, '')
    .replace(/\/+$/, '');
}
