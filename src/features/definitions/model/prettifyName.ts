import { shownFileName } from './shownFileName.ts';

/** Longest Name the page takes (the Name field's maxLength). */
export const NAME_MAX_LENGTH = 200;

/** Invisible characters a name must not keep: zero-width space, byte order mark. */
const INVISIBLE = /[\u200B\uFEFF]/g;

/**
 * A definition name from a file name: without the extension, separators as spaces, camelCase
 * split, first letter capitalised ("user-2fa_workflow.v3.xml" → "User 2fa workflow v3").
 * Invisible and control characters are dropped: a bidi override kept in the name would show it
 * reversed in everyone's list, and search would match text nobody sees.
 */
export function nameFromFileName(fileName: string): string {
  const base = shownFileName(fileName)
    .replace(INVISIBLE, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/^.*[\\/]/, '')
    .replace(/\.xml$/i, '');
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  if (!words) return 'Workflow definition';
  return fitName(words.charAt(0).toUpperCase() + words.slice(1));
}

/** Cut to NAME_MAX_LENGTH (a field's maxLength does not cut a value set by script). */
function fitName(name: string): string {
  if (name.length <= NAME_MAX_LENGTH) return name;
  // Not between the halves of a surrogate pair (an emoji).
  return name
    .slice(0, NAME_MAX_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();
}
