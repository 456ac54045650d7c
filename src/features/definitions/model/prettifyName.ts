import { shownFileName } from './shownFileName.ts';

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
  return words.charAt(0).toUpperCase() + words.slice(1);
}
