import { eq } from "drizzle-orm";
import { matterUnits, taskforceMatters } from "../../schema/tables";
import type { MatterPatch } from "../../schema/contracts/matters";
import { lifecycleRefusal } from "../../domain/matters/lifecycle-refusal";
import { recomputedDeadline } from "../../domain/matters/recomputed-deadline";
import type { Db } from "../platform/db";
import { chunkForD1 } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findMatter, type MatterRecord } from "./matters-queries";
import { checkedMatterUnits, refuseBareTaskforceSource } from "./matters-create";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";

/** The fields a correction may change, as the log records them. */
interface Corrected {
  title: string;
  taskNo: number | null;
  source: string;
  sourceRef: string | null;
  lead: string;
  co: string[];
  days: number;
}

const fieldsOf = (m: MatterRecord): Corrected => ({
  title: m.title,
  taskNo: m.taskNo,
  source: m.source,
  sourceRef: m.sourceRef,
  lead: m.lead,
  co: m.coUnits.map((u) => u.name),
  days: m.days,
});

/**
 * Source 专班 and its reference (the task force's name) belong to a matter a task force handed out:
 * a correction neither turns another matter into one (as a bare create is refused) nor changes them
 * on a matter linked to its task force (422 on the column).
 */
async function refuseTaskforceSourceChange(db: Db, id: number, old: Corrected, next: Corrected, changed: (keyof Corrected)[]): Promise<void> {
  if (changed.includes("source")) refuseBareTaskforceSource(next.source);
  const touched = changed.filter((k): k is "source" | "sourceRef" => k === "source" || k === "sourceRef");
  if (old.source !== "专班" || touched.length === 0) return;
  const linked = await db.select({ id: taskforceMatters.taskforceId }).from(taskforceMatters).where(eq(taskforceMatters.matterId, id)).limit(1);
  if (linked.length === 0) return;
  const message = `该事项由专班「${old.sourceRef ?? ""}」交办，来源和来源文号不能更正`;
  throw unprocessable("事项有误，未保存", touched.map((k) => detail(null, k, "taskforce_matter", message)));
}

/**
 * The office corrects an open matter (更正, with a reason): title, task, source, reference, lead,
 * co-units and days. Units are checked as on creation (422 for any bad cell); the deadline is
 * recomputed from the assigned date with the new days and the approved extensions; the old and
 * new values of what changed, and the reason, go to the change log. A co-unit kept keeps its
 * contribution note; a unit added or removed finds the matter in, or gone from, its next pull
 * (a unit's list is the matters it is tied to). 409 when the matter is closed or cancelled.
 */
export async function correctMatter(db: Db, caller: Caller, m: MatterRecord, patch: MatterPatch, today: string): Promise<MatterRecord> {
  const refusal = lifecycleRefusal("correct", m.status);
  if (refusal) {
    throw conflict(refusal.message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, "status", refusal.code, refusal.message)]);
  }
  const old = fieldsOf(m);
  const next: Corrected = {
    title: patch.title ?? old.title,
    taskNo: patch.task !== undefined ? (patch.task ?? null) : old.taskNo,
    source: patch.source ?? old.source,
    sourceRef: patch.sourceRef !== undefined ? (patch.sourceRef ?? null) : old.sourceRef,
    lead: patch.lead ?? old.lead,
    co: patch.co ?? old.co,
    days: patch.days ?? old.days,
  };
  const units = await checkedMatterUnits(db, next.taskNo, next.lead, next.co);
  next.lead = units.nameOf(units.leadId);
  const co = units.coIds.map(units.nameOf);
  // The same co-units in another order are no change (they are listed in the plan's order).
  next.co = co.length === old.co.length && co.every((u) => old.co.includes(u)) ? old.co : co;
  const changed = (Object.keys(next) as (keyof Corrected)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(old[k]));
  if (changed.length === 0) throw unprocessable("更正内容与当前相同，未保存", [detail(null, null, "unchanged", "更正内容与当前相同")]);
  await refuseTaskforceSourceChange(db, m.id, old, next, changed);

  const approved = m.extensions.filter((e) => e.status === "已批准").map((e) => e.days);
  const moved = recomputedDeadline({ ...m, days: next.days }, approved, await loadWorkCalendar(db), today);
  const deadline = moved?.deadline ?? m.deadline;
  const set = {
    title: next.title,
    taskNo: next.taskNo,
    source: next.source,
    sourceRef: next.sourceRef,
    leadUnitId: units.leadId,
    days: next.days,
    ...(moved ?? {}),
    ...(m.settled !== null ? { onTime: m.settled <= deadline } : {}),
  };
  const pick = (c: Corrected) => Object.fromEntries(changed.map((k) => [k, c[k]]));
  const keptNotes = new Map(m.coUnits.map((u) => [u.unitId, u]));
  const unitRows = [
    { matterId: m.id, unitId: units.leadId, role: "lead" as const, contribution: null, contributedAt: null },
    ...units.coIds.map((unitId) => ({
      matterId: m.id,
      unitId,
      role: "co" as const,
      contribution: keptNotes.get(unitId)?.contribution ?? null,
      contributedAt: keptNotes.get(unitId)?.contributedAt ?? null,
    })),
  ];
  await runMatterChange(db, m.id, m.version, [
    db.delete(matterUnits).where(eq(matterUnits.matterId, m.id)),
    ...chunkForD1(unitRows, 5).map((rows) => db.insert(matterUnits).values(rows)),
    ...versionedChange(db, m.id, m.version, set, {
      actor: actorOf(caller),
      action: "correct",
      before: { ...pick(old), deadline: m.deadline, version: m.version },
      after: { ...pick(next), deadline, reason: patch.reason, version: m.version + 1 },
    }),
  ], today);
  return (await findMatter(db, m.id))!;
}
