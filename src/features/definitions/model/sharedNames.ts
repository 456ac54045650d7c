import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';

/** How much of a key tells definitions apart: what the Key column shows before cutting it. */
export const SHORT_KEY_LENGTH = 8;

/** A name as a listener tells names apart: case and surrounding spaces aside. */
const heard = (name: string) => name.trim().toLocaleLowerCase();

/**
 * The keys of the definitions whose name another definition in the list also has (the platform
 * takes a name twice): their controls need more than the name to say which one they act on.
 */
export function keysWithSharedName(definitions: readonly WorkflowDefinition[]): Set<string> {
  const count = new Map<string, number>();
  for (const d of definitions) count.set(heard(d.Name), (count.get(heard(d.Name)) ?? 0) + 1);
  return new Set(definitions.filter((d) => (count.get(heard(d.Name)) ?? 0) > 1).map((d) => d.Key));
}

/** Whether more than one definition of these `names` (the platform's) is named `name`. */
export const isNameShared = (name: string, names: readonly string[]) =>
  names.filter((n) => heard(n) === heard(name)).length > 1;

/** The name of a definition's Delete button: its name, and its key's start when it is shared. */
export const deleteLabel = (d: WorkflowDefinition, shared: boolean) =>
  shared ? `Delete ${d.Name} (key ${d.Key.slice(0, SHORT_KEY_LENGTH)})` : `Delete ${d.Name}`;

/** What the delete confirmation adds when the name is shared: which of them it is. */
export const sharedNameNote = (d: WorkflowDefinition) =>
  `Another definition is also named “${d.Name}”: this is the one with key ${d.Key}.`;
