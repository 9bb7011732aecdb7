import { workdaysBetween, type WorkCalendar } from "../calendar";

/** The label the ledger shows for a matter, computed from its dates and today. */
export type MatterStateLabel = "正常" | "临期" | "逾期" | "按期办结" | "逾期办结";
/** The fill colour the add-in gives a matter's row. */
export type MatterColour = "green" | "yellow" | "red" | "orange";

export interface MatterState {
  state: MatterStateLabel;
  colour: MatterColour;
  /**
   * Open matters: working days after today up to and including the deadline (0 = due today,
   * negative = working days past it). Null once settled.
   */
  workdaysLeft: number | null;
}

/** What the state depends on; any matter row has these fields. */
export interface MatterDates {
  deadline: string;
  settled: string | null;
}

const settledOnTime: MatterState = { state: "按期办结", colour: "green", workdaysLeft: null };
const settledLate: MatterState = { state: "逾期办结", colour: "orange", workdaysLeft: null };

/**
 * The state of a matter on `today` (`YYYY-MM-DD`, China time):
 * settled on or before the deadline → 按期办结 (green, as issue 4 colours it), after it → 逾期办结 (orange);
 * open and past the deadline → 逾期 (red); open and due within `dueSoonWorkdays` working days
 * (today being the deadline counts as 0) → 临期 (yellow); otherwise 正常 (green).
 * ISO dates compare as strings, so "past the deadline" is a plain comparison.
 */
export function matterState(matter: MatterDates, today: string, cal: WorkCalendar, dueSoonWorkdays: number): MatterState {
  if (matter.settled !== null) return matter.settled <= matter.deadline ? settledOnTime : settledLate;
  const left = workdaysBetween(today, matter.deadline, cal).workdays;
  if (today > matter.deadline) return { state: "逾期", colour: "red", workdaysLeft: left };
  if (left <= dueSoonWorkdays) return { state: "临期", colour: "yellow", workdaysLeft: left };
  return { state: "正常", colour: "green", workdaysLeft: left };
}
