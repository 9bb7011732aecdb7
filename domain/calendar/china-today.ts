/** The ledger's day: the date in China (UTC+8, no daylight saving) at a given instant, as YYYY-MM-DD. */
export function chinaToday(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
