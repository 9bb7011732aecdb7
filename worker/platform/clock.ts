/** Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD: the ledger's day. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
