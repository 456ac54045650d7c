/**
 * How long to wait before reading the platform's list again to check a lost upload, after
 * `attempt` reads that failed (0 for the first): 2 s, doubling, at most 30 s, so a platform that
 * is back soon is seen soon and one that stays down is not read every few seconds.
 */
export function recheckDelayMs(attempt: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempt), 30_000);
}
