/**
 * The sandbox tenant's own time zone. A SuperOffice tenant sends its date-times without a zone,
 * as wall-clock times in its own zone (docs/ARCHITECTURE.md); the sandbox does the same, so the
 * app reads them on the path a tenant takes. UTC keeps the sandbox's stored instants and the
 * times it states the same, so specs can compare them with the test's own clock.
 */
export const TENANT_TIME_ZONE = 'UTC';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TENANT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A stored instant (ISO text with Z, as the sandbox keeps them) as a tenant sends it:
 * "2026-01-15T09:00:00", the wall-clock time in the tenant's zone, without a zone. Text that is
 * no instant is sent as it is.
 */
export function tenantDateTime(stored: string): string {
  const date = new Date(stored);
  if (Number.isNaN(date.getTime())) return stored;
  const parts = wallClock.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes, width: number) =>
    (parts.find((p) => p.type === type)?.value ?? '').padStart(width, '0');
  return `${part('year', 4)}-${part('month', 2)}-${part('day', 2)}T${part('hour', 2)}:${part('minute', 2)}:${part('second', 2)}`;
}
