/**
 * The storage keys of work a user keeps in this browser: `<kind><subject>.<owner>`. Every kind
 * ends its keys in the owner so that signing out can find (keptWork.ts) one owner's entries
 * whatever the kind.
 */
export const keptWorkKinds = {
  /** A workflow or event editor's draft (subject: the editor's address). */
  workflowDraft: 'flowdesk.workflows.draft.',
  /** A targets group's draft (subject: the group id). */
  targetsDraft: 'flowdesk.targets.draft.',
} as const;

export type KeptWorkKind = keyof typeof keptWorkKinds;

/** The key of `owner`'s kept work of `kind` for `subject`. */
export function keptWorkKey(kind: KeptWorkKind, subject: string | number, owner: string): string {
  return `${keptWorkKinds[kind]}${subject}.${keptWorkOwnerSuffix(owner)}`;
}

/** How a key ends in its owner (after the final dot, before any of `pendingSuffixes`). */
export function keptWorkOwnerSuffix(owner: string): string {
  return encodeURIComponent(owner);
}

/** Added to an editor draft's key for the create under way from it (workflows' pendingCreate). */
export const pendingCreateSuffix = '.create';

/** Added to an editor draft's key for the save under way from it (workflows' pendingSave). */
export const pendingSaveSuffix = '.save';

/** Added to the event console's draft key for the send under way from it (events' sendAttempt). */
export const pendingSendSuffix = '.send';

/** What may follow the owner in a key: work under way from a draft. */
export const pendingSuffixes = [pendingCreateSuffix, pendingSaveSuffix, pendingSendSuffix] as const;
