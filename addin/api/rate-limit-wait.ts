/**
 * The worker answers 429 with `Retry-After` (seconds) when a token spends its request budget
 * (README, "Perimeter"). A refused request was not processed, so the add-in waits that long and
 * sends it again (a write with the same Idempotency-Key) — a few times, and never for long.
 */

export const RATE_LIMIT_TRIES = 4;
export const RATE_LIMIT_MAX_WAIT_SECONDS = 30;

/** How long to wait (ms) before sending a refused request again, or null to give up and show the refusal. */
export function rateLimitWait(status: number, retryAfter: unknown, attempt: number): number | null {
  if (status !== 429 || attempt >= RATE_LIMIT_TRIES) return null;
  const seconds = Number(retryAfter);
  if (retryAfter === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > RATE_LIMIT_MAX_WAIT_SECONDS) return null;
  return seconds * 1000 + Math.random() * 500;
}
