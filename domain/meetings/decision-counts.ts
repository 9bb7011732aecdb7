import { deadlineAfter, type WorkCalendar } from "../calendar";
import { deadlineInYear } from "../matters/deadline-in-year";
import type { Count } from "../assessment/scheme";

/** What the 会议决定落实率 reads of one decision of a meeting's minutes. */
export interface DecisionFacts {
  leadUnitId: number;
  /** The minutes' day (the meeting's day when the minutes carry none): the limit runs from it. */
  from: string;
  /** The decision's limit in working days. */
  days: number;
  /** The matter the decision was turned into, if any. */
  matter: { status: string; deadline: string; settled: string | null } | null;
}

/** The year and day a count is judged on: nothing due before `start` (YYYY-MM-DD) counts. */
export interface DecisionYear {
  year: number;
  today: string;
  start: string;
  cal: WorkCalendar;
}

const settled = (status: string) => status === "待审核" || status === "已办结";

/**
 * The day a decision is due: its matter's (current, extended) deadline once turned into one,
 * else `days` working days after the minutes' day.
 */
export const decisionDue = (d: DecisionFacts, cal: WorkCalendar) => d.matter?.deadline ?? deadlineAfter(d.from, d.days, cal).deadline;

/**
 * 会议决定落实率 per lead unit for year Y: a decision counts when its due day falls in Y, on or
 * after `start`, and it can be judged — its matter settled (待审核 or 已办结), or the due day
 * passed (due < today); a decision never turned into a matter is judged, unsettled, once its
 * limit has passed. A decision whose matter was cancelled (已撤销) never counts. Numerator:
 * matters settled on or before their deadline. Inputs are not changed.
 */
export function decisionCounts(decisions: ReadonlyArray<DecisionFacts>, y: DecisionYear): Map<number, Count> {
  const counts = new Map<number, Count>();
  for (const d of decisions) {
    if (d.matter?.status === "已撤销") continue;
    const due = decisionDue(d, y.cal);
    if (!deadlineInYear(due, y.year) || due < y.start) continue;
    const done = d.matter !== null && settled(d.matter.status);
    if (!done && !(due < y.today)) continue;
    const c = counts.get(d.leadUnitId) ?? { numerator: 0, denominator: 0 };
    const onTime = done && d.matter!.settled !== null && d.matter!.settled <= d.matter!.deadline;
    counts.set(d.leadUnitId, { numerator: c.numerator + (onTime ? 1 : 0), denominator: c.denominator + 1 });
  }
  return counts;
}
