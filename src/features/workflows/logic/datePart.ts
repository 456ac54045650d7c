const storedDate = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The calendar day of a stored date value: "2026-03-01" as it is, and "2026-03-01T00:00:00" (as
 * other clients store dates) without its time, for the date input and the summary. Null when the
 * text is no date.
 */
export function datePart(value: string): string | null {
  return storedDate.exec(value.trim())?.[1] ?? null;
}
