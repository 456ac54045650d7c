/**
 * A name put in “…” within a sentence: the curly quotes it holds itself (a goal named by its
 * group, “Goal: Added to project, “Spring fair””) become single ones, so they do not read as
 * the end of the outer quote.
 */
export const quotedName = (name: string): string =>
  `“${name.replace(/“/g, '‘').replace(/”/g, '’')}”`;

export interface DeleteQuestion {
  /** What is deleted: "goal", "option". */
  what: string;
  /** Its name as its page heading gives it, so the user knows which one goes. */
  name?: string | null;
  /** What goes with it, said after its name ("with its 2 steps"). */
  deletedWith?: string | null;
  /** What its going changes in the flow, in a sentence of its own. */
  outcome?: string | null;
}

/**
 * The delete dialog's message of a goal or an option, worded alike for both: "The option
 * “Sweden” is removed from the flow for good, with its 3 steps. This cannot be undone."
 */
export function deleteQuestion({ what, name, deletedWith, outcome }: DeleteQuestion): string {
  const named = name?.trim() ? ` ${quotedName(name.trim())}` : '';
  const along = deletedWith ? `, ${deletedWith}` : '';
  const then = outcome ? ` ${outcome}` : '';
  return `The ${what}${named} is removed from the flow for good${along}.${then} This cannot be undone.`;
}
