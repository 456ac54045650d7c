/**
 * A yes/no condition's stored value: "1"/"0" as the editor writes it, or "True"/"False" in any
 * case as other clients and older goals store it. Undefined for anything else. The editor and
 * the summary both read values through this, so they never disagree.
 */
export function yesNo(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return undefined;
}
