/** How many times a delivery is tried in all before it is recorded as 失败. */
export const deliveryAttempts = 5;

/**
 * Seconds to wait before trying a delivery again after `attempts` failed tries: 1 min, 2, 4, 8 …
 * (doubling), never more than an hour. Fewer than one attempt counts as one.
 */
export function retryDelaySeconds(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(3600, 60 * 2 ** (n - 1));
}
