/**
 * A matter's overdue mark (`overdueSince`) once its deadline has moved to `deadline`: cleared
 * when the new deadline is `today` or later (the matter is no longer late), otherwise the mark
 * it already had (the daily reminder run sets a missing one). Days are YYYY-MM-DD.
 *
 * @example overdueSinceAfterMove("2026-05-20", "2026-05-14", "2026-05-08") // null
 * @example overdueSinceAfterMove("2026-05-12", "2026-05-14", "2026-05-08") // "2026-05-08"
 */
export function overdueSinceAfterMove(deadline: string, today: string, overdueSince: string | null): string | null {
  return deadline >= today ? null : overdueSince;
}
