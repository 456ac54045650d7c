import { formatDateTime } from '../../../app/locale/formatDateTime.ts';
import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';
import { datePart } from './datePart.ts';
import { formatLocaleDecimal } from './localeNumber.ts';

/**
 * A condition's value as the user's culture writes it: "50000" → "50,000" (en-US) or "50.000"
 * (de-DE), "2026-01-01" (or "2026-01-01T00:00:00") → "Jan 1, 2026" or "01.01.2026". The date is a calendar day, so it is
 * shown in UTC (never a day earlier west of Greenwich). Text that is neither is kept as it is.
 */
export function conditionValueText(
  type: RestrictableFieldType | undefined,
  value: string,
  locale?: string,
): string {
  // Formatted from the text (an exact decimal): every digit of a long number is kept.
  if (type === 'number') return formatLocaleDecimal(value, locale) ?? value;
  const day = type === 'date' ? datePart(value) : null;
  if (day)
    return (
      formatDateTime(`${day}T00:00:00Z`, { locale, timeZone: 'UTC' }, { dateStyle: 'medium' }) ??
      value
    );
  return value;
}
