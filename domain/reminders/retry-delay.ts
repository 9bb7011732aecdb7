/** How many times a delivery is tried in all before it is recorded as 失败. */
export const deliveryAttempts = 5;

/** The first wait, in seconds, before a failed delivery is tried again. */
export const firstRetrySeconds = 60;

/**
 * Seconds to wait before trying a delivery again after `attempts` failed tries: `first` (1 min
 * unless given), then doubling (2, 4, 8 min …), never more than an hour. Fewer than one attempt
 * counts as one.
 */
export function retryDelaySeconds(attempts: number, first: number = firstRetrySeconds): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(3600, first * 2 ** (n - 1));
}
