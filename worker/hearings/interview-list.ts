import type { InterviewListRow } from "../../schema/contracts/hearings";
import type { HearingAppearance } from "../../schema/values";
import { missedAppearance, type DayRange } from "../../domain/registers";
import type { Db } from "../platform/db";
import { listHearings, listInterviews } from "./hearings-queries";
import { interviewToWire } from "./hearing-to-wire";

/**
 * The 约谈 list of a period: every agency with a hearing in it where the head should have appeared
 * and did not, with those hearings and the 约谈 recorded since the first of them; 已约谈 once a
 * 约谈 is dated on or after the latest missed hearing. `agencyId` narrows it to one unit's own.
 */
export async function interviewList(db: Db, range: DayRange, agencyId?: number): Promise<InterviewListRow[]> {
  const missed = (await listHearings(db, { agencyId, range })).filter(missedAppearance);
  const talks = await listInterviews(db, { agencyId });
  const agencies = [...new Set(missed.map((h) => h.agencyId))];
  return agencies.map((id) => {
    const own = missed.filter((h) => h.agencyId === id);
    const first = own[0]!.hearingOn;
    const latest = own[own.length - 1]!.hearingOn;
    const interviews = talks.filter((t) => t.agencyId === id && t.heldOn >= first).map(interviewToWire);
    return {
      agency: own[0]!.agency,
      missed: own.map((h) => ({ id: h.id, caseNo: h.caseNo, hearingOn: h.hearingOn, appeared: h.appeared as HearingAppearance })),
      interviews,
      status: interviews.some((t) => t.heldOn >= latest) ? "已约谈" : "待约谈",
    };
  });
}
