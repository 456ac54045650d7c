/**
 * Resource strings for FieldRight/TableRight reasons. Without a language SuperOffice sends the
 * raw `[SR_…]` id (contract §1.1); with one, the text.
 */
const english: Record<string, string> = {
  SR_MANDATORY_FIELD: 'This field must be filled in',
  SR_READONLY_ROLE: 'Your role may view but not change this',
  SR_NO_LOCK_RIGHT: "You do not have the right 'Can lock and unlock targets'",
  SR_TARGETS_ADMIN_ONLY: "Only a 'Targets administrator' may change this",
  SR_ROW_LOCKED: 'This row is locked: unlock it to change its values',
  SR_SYSTEM_FIELD: 'Set by the system',
  SR_KEY_FIXED_AFTER_SAVE: 'The key cannot be changed after the option is saved',
};

export type ReasonId = keyof typeof english | (string & {});

export function reasonText(id: ReasonId, language: string | null): string {
  if (!id) return '';
  return language ? (english[id] ?? id) : `[${id}]`;
}
