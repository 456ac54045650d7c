/** An action's label as said in the live region: a sentence, with its full stop. */
export function actionSentence(label: string): string {
  const text = label.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * What is said after Undo or Redo: "Undone: locked Leo Russo." The label's first word is
 * lower-cased ("Undone: pasted 2 × 3 cells…") unless it is an abbreviation ("CSV" stays).
 */
export function undoneText(how: 'Undone' | 'Redone', label: string): string {
  const text = actionSentence(label);
  const first = /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return `${how}: ${first}`;
}
