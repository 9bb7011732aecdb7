import type { HearingWire, InterviewWire } from "../../schema/contracts/hearings";
import type { HearingAppearance } from "../../schema/values";
import { missedAppearance } from "../../domain/registers";
import type { HearingRecord, InterviewRecord } from "./hearings-queries";

/** A hearing as the API shows it, with `missed` (the head should have appeared and did not). */
export function hearingToWire(h: HearingRecord): HearingWire {
  return {
    id: h.id,
    caseNo: h.caseNo,
    court: h.court,
    hearingOn: h.hearingOn,
    agency: h.agency,
    headRequired: h.headRequired,
    appeared: h.appeared as HearingAppearance,
    headSpoke: h.headSpoke,
    note: h.note,
    missed: missedAppearance(h),
    version: h.version,
  };
}

export const interviewToWire = (i: InterviewRecord): InterviewWire => ({ id: i.id, agency: i.agency, heldOn: i.heldOn, who: i.who, outcome: i.outcome });
