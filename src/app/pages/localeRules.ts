import { z } from '../../api/schemas/zod.ts';

/** A BCP 47 tag (en, en-GB, nb-NO) that this browser's Intl can format numbers and dates for. */
export function isKnownCulture(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false; // not a well-formed tag (en_GB, 123)
  }
}

/** A time zone this browser's Intl knows (IANA names such as Europe/Oslo, and UTC). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A well-formed language tag (en, nb, pt-BR). Sent as Accept-Language and SO-Language, so text
 * that is not one (日本語, "en gb") would make the browser refuse every request.
 */
export function isLanguageCode(tag: string): boolean {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A language tag in its usual case (de-de → de-DE, EN → en); as it is when not one. */
export function canonicalLanguageTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** A time zone's IANA name in its own case (europe/oslo → Europe/Oslo); as it is when unknown. */
export function canonicalTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return name;
  }
}

// Intl takes tags and zone names in any case, but a tenant may not: the fields keep the value the
// way it is written (a server looking up "europe/berlin" in the IANA names would not find it).

/** The Language field: a language code, sent as Accept-Language and SO-Language. */
export const languageField = z
  .string()
  .check(
    z.trim(),
    z.refine(isLanguageCode, 'Enter a language code such as en.'),
    z.overwrite(canonicalLanguageTag),
  );

/** The Culture field: empty (not sent) or a known culture; sent as SO-Culture. */
export const cultureField = z.string().check(
  z.trim(),
  z.refine(
    (v) => v === '' || isKnownCulture(v),
    'Unknown culture: use a language tag such as en-GB or nb-NO.',
  ),
  z.overwrite((v) => (v === '' ? v : canonicalLanguageTag(v))),
);

/**
 * The Time zone field: empty (the browser's) or a known time zone, for times that carry a zone
 * (the API platform's, this browser's). Not sent as SO-TimeZone, which takes SuperOffice codes.
 */
export const timeZoneField = z.string().check(
  z.trim(),
  z.refine(
    (v) => v === '' || isKnownTimeZone(v),
    'Unknown time zone: use an IANA name such as Europe/Oslo.',
  ),
  z.overwrite((v) => (v === '' ? v : canonicalTimeZone(v))),
);
