/**
 * The platform's customizable resource types (contract §10.3: APIs, apps, API contracts, groups,
 * models, tickets, platform users, reviews, discussions, OAuth grants). Only `ticket` is confirmed
 * verbatim; the others follow the same lower-case form.
 */
export const objectTypes = [
  'api',
  'app',
  'contract',
  'group',
  'model',
  'ticket',
  'user',
  'review',
  'discussion',
  'oauthgrant',
] as const;

/** The canonical name of an ObjectType (case-insensitive), or undefined when unknown. */
export const normalizeObjectType = (value: string) =>
  objectTypes.find((t) => t === value.trim().toLowerCase());
