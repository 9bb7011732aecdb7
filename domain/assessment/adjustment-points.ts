import type { AdjustmentRule } from "./scheme";
import type { ScoredAdjustment } from "./entry";

/** A unit's adjustment as the office recorded it. */
export interface RecordedAdjustment {
  unit: string;
  kind: string;
  reason: string;
  date: string;
}

/**
 * Points each adjustment earns, in date order (ties keep the recorded order): the rule's points
 * until the kind's yearly cap is used up, then what is left of the cap, then 0. Kinds without a
 * rule earn 0. Works in hundredths so the parts add up exactly.
 */
export function adjustmentPoints(
  recorded: ReadonlyArray<RecordedAdjustment>,
  rules: ReadonlyArray<AdjustmentRule>,
): ScoredAdjustment[] {
  const usedCents = new Map<string, number>();
  return recorded
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i))
    .map(({ a }) => {
      const rule = rules.find((r) => r.kind === a.kind);
      const wanted = Math.round((rule?.points ?? 0) * 100);
      const used = usedCents.get(a.kind) ?? 0;
      const room = rule?.cap == null ? Math.abs(wanted) : Math.max(0, Math.round(rule.cap * 100) - used);
      const cents = Math.sign(wanted) * Math.min(Math.abs(wanted), room);
      usedCents.set(a.kind, used + Math.abs(cents));
      return { kind: a.kind, points: cents / 100, reason: a.reason, date: a.date };
    });
}
