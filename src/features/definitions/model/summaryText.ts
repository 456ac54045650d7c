import type { DefinitionSummary } from './definitionXml.ts';

/** Action names listed before the rest are counted ("and 12 more"). */
export const LISTED_ACTIONS = 6;

/**
 * The line under a checked file's name: "2 steps · Actions: Approve, Reject". A long list is cut
 * after a few names and the rest counted: a definition with dozens of actions made that line
 * a column of names taller than the screen.
 */
export function summaryText(
  { stepCount, actionNames }: DefinitionSummary,
  /** The user's culture, for the counts ("34,995", "34 995"). */
  locale?: string,
): string {
  const count = (n: number) => n.toLocaleString(locale);
  const steps = `${count(stepCount)} ${stepCount === 1 ? 'step' : 'steps'}`;
  const listed = actionNames.slice(0, LISTED_ACTIONS).join(', ');
  const more = actionNames.length - LISTED_ACTIONS;
  return `${steps} · Actions: ${listed || 'none'}${more > 0 ? ` and ${count(more)} more` : ''}`;
}
