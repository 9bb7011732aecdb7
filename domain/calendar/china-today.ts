/** The ledger's day: the date in China (UTC+8, no daylight saving) at a given instant, as YYYY-MM-DD. */
export function chinaToday(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The time in China at an instant, to the minute: `YYYY-MM-DD HH:mm` (as a page footer shows when a sheet was pulled). */
export function chinaMinute(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
