/**
 * The platform's customizable resource types (contract §10.3), for the ObjectType select.
 * Only `ticket` is confirmed verbatim; the others follow the same lower-case form.
 */
export const objectTypeOptions = [
  { value: 'api', label: 'API' },
  { value: 'app', label: 'App' },
  { value: 'contract', label: 'API contract' },
  { value: 'group', label: 'Group' },
  { value: 'model', label: 'Model' },
  { value: 'ticket', label: 'Ticket' },
  { value: 'user', label: 'Platform user' },
  { value: 'review', label: 'Review' },
  { value: 'discussion', label: 'Discussion' },
  { value: 'oauthgrant', label: 'OAuth grant' },
] as const;

export type ObjectType = (typeof objectTypeOptions)[number]['value'];

/** A readable label for an ObjectType as the server sent it (any case); unknown ones as they are. */
export function objectTypeLabel(value: string | null | undefined): string {
  if (!value) return '';
  return objectTypeOptions.find((o) => o.value === value.toLowerCase())?.label ?? value;
}
