import { matterStateColours, type MatterColour, type MatterStateLabel } from "../../schema/values";
import { workdaysBetween, type WorkCalendar } from "../calendar";

export type { MatterColour, MatterStateLabel };

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
  /** The stored status (`matterStatuses`); when absent the state follows `settled` alone. */
  status?: string;
}

/** A state with its colour from the shared list, so the API and the sheet colour alike. */
const labelled = (state: MatterStateLabel, workdaysLeft: number | null): MatterState => ({ state, colour: matterStateColours[state], workdaysLeft });

/**
 * The state of a matter on `today` (`YYYY-MM-DD`, China time):
 * settled on or before the deadline → 按期办结 (green, as issue 4 colours it), after it → 逾期办结 (orange);
 * open and past the deadline → 逾期 (red); open and due within `dueSoonWorkdays` working days
 * (today being the deadline counts as 0) → 临期 (yellow); otherwise 正常 (green).
 * A cancelled matter (已撤销) is grey whatever its dates. A settlement waiting for the office's
 * review (待审核) is blue and never 逾期, however long the review takes; once the review passes
 * it is 按期办结 or 逾期办结 by the date the unit gave.
 * ISO dates compare as strings, so "past the deadline" is a plain comparison.
 */
export function matterState(matter: MatterDates, today: string, cal: WorkCalendar, dueSoonWorkdays: number): MatterState {
  if (matter.status === "已撤销") return labelled("已撤销", null);
  if (matter.status === "待审核") return labelled("待审核", null);
  if (matter.settled !== null) return labelled(matter.settled <= matter.deadline ? "按期办结" : "逾期办结", null);
  const left = workdaysBetween(today, matter.deadline, cal).workdays;
  if (today > matter.deadline) return labelled("逾期", left);
  if (left <= dueSoonWorkdays) return labelled("临期", left);
  return labelled("正常", left);
}
