import type { WorkCalendar } from "../../domain/calendar";
import { matterState } from "../../domain/matters/matter-state";
import type { MatterWire } from "../../schema/contracts/matters";
import type { Db } from "../platform/db";
import { detail, unprocessable } from "../platform/errors";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import type { MatterRecord } from "./matters-queries";
import { readSetting } from "../platform/settings";

/** What a matter's computed state depends on besides the matter itself. */
export interface StateContext {
  today: string;
  cal: WorkCalendar;
  dueSoonWorkdays: number;
}

export async function stateContext(db: Db, today: string): Promise<StateContext> {
  const [cal, dueSoonWorkdays] = await Promise.all([loadWorkCalendar(db), readSetting(db, "dueSoonWorkdays")]);
  return { today, cal, dueSoonWorkdays };
}

/** A stored matter as the API shows it, with its state on `ctx.today`. */
export function matterToWire(r: MatterRecord, ctx: StateContext): MatterWire {
  const s = matterState(r, ctx.today, ctx.cal, ctx.dueSoonWorkdays);
  return {
    id: r.id,
    title: r.title,
    task: r.taskNo,
    source: r.source as MatterWire["source"],
    sourceRef: r.sourceRef,
    lead: r.lead,
    co: r.coUnits.map((u) => u.name),
    assigned: r.assigned,
    days: r.days,
    deadline: r.deadline,
    originalDeadline: r.originalDeadline,
    provisional: r.provisional,
    status: r.status as MatterWire["status"],
    state: s.state,
    colour: s.colour,
    workdaysLeft: s.workdaysLeft,
    overdueSince: r.overdueSince,
    settled: r.settled,
    result: r.result,
    onTime: r.onTime,
    returns: r.returns,
    version: r.version,
    extensions: r.extensions.map((e) => ({
      id: e.id,
      reason: e.reason,
      days: e.days,
      status: e.status as MatterWire["extensions"][number]["status"],
      decisionNote: e.decisionNote,
      previousDeadline: e.previousDeadline,
      newDeadline: e.newDeadline,
      requestedAt: e.requestedAt.getTime(),
      decidedAt: e.decidedAt?.getTime() ?? null,
    })),
    reviews: r.reviews.map((v) => ({
      id: v.id,
      decision: v.decision as MatterWire["reviews"][number]["decision"],
      settled: v.settled,
      result: v.result,
      onTime: v.onTime,
      note: v.note,
      reviewedAt: v.reviewedAt.getTime(),
    })),
    contributions: r.coUnits.flatMap((u) =>
      u.contribution === null ? [] : [{ unit: u.name, contribution: u.contribution, at: u.contributedAt?.getTime() ?? 0 }],
    ),
    decision: r.decision,
  };
}

/** The opaque list position after a matter: base64url of its assigned date and id. */
export function encodeCursor(m: { assigned: string; id: number }): string {
  return btoa(`${m.assigned}|${m.id}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Reads a cursor made by `encodeCursor`; anything else is a 422 on the cursor parameter. */
export function decodeCursor(cursor: string): { assigned: string; id: number } {
  let text = "";
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    // fall through to the refusal below
  }
  const m = /^(\d{4}-\d{2}-\d{2})\|(\d+)$/.exec(text);
  if (!m) throw unprocessable("翻页位置无效", [detail(null, "cursor", "invalid_cursor", "cursor 无效，请使用上一页返回的 nextCursor")]);
  return { assigned: m[1]!, id: Number(m[2]) };
}
