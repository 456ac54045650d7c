import { asSentence } from '../../../rights/reason.ts';

/**
 * What Ctrl+S says on targets the user may only read: nothing is saved, and why (the reason the
 * page's read-only banner gives).
 */
export function readOnlySaveText(reason: string): string {
  const why = asSentence(reason);
  return why ? `Nothing is saved: read-only. ${why}` : 'Nothing is saved: read-only.';
}
