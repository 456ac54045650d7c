import { shownFileName } from './shownFileName.ts';

/** Longest Name the page takes (the Name field's maxLength). */
export const NAME_MAX_LENGTH = 200;

/** Invisible characters a name must not keep: zero-width space, byte order mark. */
const INVISIBLE = /[\u200B\uFEFF]/g;

/**
 * A definition name from a file name: without the extension, separators as spaces (but not the
 * dot of "v2.1" or the dashes of a date), camelCase split, first letter capitalised
 * ("user-2fa_workflow.v3.xml" → "User 2fa workflow v3", "APIApproval_v2.1.xml" → "API Approval v2.1").
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
    // camelCase and an acronym before a word ("APIApproval") split; "2FA" stays whole.
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([0-9])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Z0-9]{2,})([A-Z][a-z])/g, '$1 $2')
    // A dot or dash between digits is part of a version or date ("v2.1", "2024-01-05").
    .replace(/[-_.\s]+/g, (sep, at: number, all: string) =>
      /^[-.]$/.test(sep) && /\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + 1] ?? '')
        ? sep
        : ' ',
    )
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
