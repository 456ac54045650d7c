/**
 * The most characters a field takes, from its FieldProperty. FieldLength is a character limit
 * only on text: for numbers, dates, yes/no, enums and carriers a real tenant gives the size they
 * are stored in (Int32 4, DateTime 16, Boolean 2: the contract's PHP sample, §2.1), which must
 * not limit what is typed or picked ("AddedToProject" is one value, not 14 characters of 2).
 * Without a FieldType nothing says the field is not text, so FieldLength still limits it.
 */
export function characterLimit(
  fieldType: string | null | undefined,
  fieldLength: number | null | undefined,
): number | undefined {
  if (!fieldLength || fieldLength <= 0) return undefined;
  return !fieldType || /^(system\.)?string$/i.test(fieldType) ? fieldLength : undefined;
}
