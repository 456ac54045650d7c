import { optionTypeLabel } from './goalText.ts';

/**
 * The split a path belongs to, as GetWorkflowStep sends it: WorkflowStepSplit's own properties
 * (SplitName, SplitOptionType, contract §4) are kept unchecked, so they are read only when they
 * are text.
 */
export type SplitOfPath = Readonly<Record<string, unknown>>;

const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Why a path's option type does not fit its split, or null. A split sorts participants by what
 * it splits on (SplitOptionType); its paths are that type, or "Everyone else" (None) for whoever
 * the others did not take. A path of another type is a path the split may never send anyone
 * down. Nothing is said while the split has no type yet: there is nothing to match.
 */
export function pathTypeMismatch(
  optionType: string | null | undefined,
  split: SplitOfPath | null | undefined,
): { said: string; advice: string } | null {
  // A type sent as a number is not known for sure (contract §12): nothing is said about it.
  const splitType = textOf(split?.SplitOptionType) ?? 'None';
  const type = optionType ?? 'None';
  if (type === 'None' || splitType === 'None' || type === splitType) return null;
  const name = textOf(split?.SplitName)?.trim();
  const whose = name ? `its split “${name}”` : 'its split';
  return {
    said: `This path is for “${optionTypeLabel(type)}”, but ${whose} splits on “${optionTypeLabel(splitType)}”, so no participant may ever take it.`,
    advice: `choose “${optionTypeLabel(splitType)}”, or “${optionTypeLabel('None')}” for whoever the other paths do not take.`,
  };
}

/**
 * The option editor's warning on Option type (pathTypeMismatch). The server stores such a path
 * anyway (contract §3–§5 name no such check), so this is a warning, not a refusal. What to choose
 * is said only to whom `canChange` the type.
 */
export function optionTypeMismatchWarning(
  optionType: string | null | undefined,
  split: SplitOfPath | null | undefined,
  canChange = true,
): string | null {
  const mismatch = pathTypeMismatch(optionType, split);
  if (!mismatch) return null;
  const said = `${mismatch.said} It is saved as it is.`;
  return canChange ? `${said} To match, ${mismatch.advice}` : said;
}
