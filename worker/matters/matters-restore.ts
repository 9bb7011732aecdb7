import { and, eq, notInArray } from "drizzle-orm";
import { matterUnits } from "../../schema/tables";
import type { RestoreBody } from "../../schema/contracts/history";
import { changedFields, matterFieldsAfter, type MatterFields } from "../../domain/history";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { resolveMatterUnits, type TaskScope } from "../../domain/matters/resolve-matter-units";
import { recomputedDeadline } from "../../domain/matters/recomputed-deadline";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { logLinesOf } from "../platform/change-history";
import { loadTasks } from "../tasks/tasks-queries";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findMatter, type MatterRecord } from "./matters-queries";
import { matterForChange } from "./matters-update";
import { stateContext, matterToWire } from "./matter-to-wire";
import { runMatterChange, versionedChange } from "./matters-write";

/** A matter's restorable fields as stored now (co-units in name order, so versions compare as sets). */
function fieldsOf(m: MatterRecord): MatterFields {
  return normal({
    title: m.title,
    taskNo: m.taskNo,
    source: m.source,
    sourceRef: m.sourceRef,
    days: m.days,
    lead: m.lead,
    co: m.coUnits.map((u) => u.name),
    contributions: Object.fromEntries(m.coUnits.map((u) => [u.name, u.contribution])),
  });
}

function normal(f: MatterFields): MatterFields {
  const co = [...f.co].sort();
  return { ...f, co, contributions: Object.fromEntries(co.map((u) => [u, f.contributions[u] ?? null])) };
}

/**
 * The office restores an open matter's fields (see `MatterFields`) to their values right after
 * change-log line `body.change` of this matter, as a new change: the version goes up by one and
 * the restore is logged (action `restore`, naming the change it restored); nothing of the log is
 * altered. The deadline is recomputed from the restored days (approved extensions kept).
 * Refusals: 403 not the office, 404 unknown or hidden matter, 409 stale version or a matter that
 * is not 办理中, 422 a change that is not this matter's, that the log cannot replay, that equals
 * the current fields, or whose units or task no longer fit the directory.
 */
export async function restoreMatter(db: Db, caller: Caller, id: number, body: RestoreBody, today: string): Promise<MatterRecord> {
  const { m, checkVersion } = await matterForChange(db, caller, "restore_matter", id, body.version, today);
  await checkVersion();
  if (m.status !== "办理中") {
    const message = `事项${m.status}，不能恢复历史版本；如需修改，请先重新打开事项`;
    throw conflict(message, { current: matterToWire(m, await stateContext(db, today)) }, [detail(null, "status", "not_open", message)]);
  }
  const target = await targetFields(db, m, body.change);
  const current = fieldsOf(m);
  if (changedFields(current, target).length === 0) {
    throw unprocessable("该版本与当前内容相同，无需恢复", [detail(null, "change", "unchanged", `修改记录 ${body.change} 之后的内容与当前一致`)]);
  }
  const [unitIds, cal] = await Promise.all([restoredUnits(db, target), loadWorkCalendar(db)]);
  const approved = m.extensions.filter((e) => e.status === "已批准").map((e) => e.days);
  const deadline = recomputedDeadline({ ...m, days: target.days }, approved, cal, today) ?? {};
  const set = { title: target.title, taskNo: target.taskNo, source: target.source, sourceRef: target.sourceRef, days: target.days, ...deadline };
  const before = { ...current, deadline: m.deadline, version: m.version };
  await runMatterChange(db, m.id, m.version, [
    ...unitWrites(db, m, target, unitIds),
    ...versionedChange(db, m.id, m.version, set, {
      actor: actorOf(caller),
      action: "restore",
      before,
      after: { ...target, ...deadline, restoredFrom: body.change, version: m.version + 1 },
    }),
  ], today);
  return (await findMatter(db, m.id))!;
}

/** The fields right after `change`, replayed from this matter's log (422 when it cannot be). */
async function targetFields(db: Db, m: MatterRecord, change: number): Promise<MatterFields> {
  const lines = await logLinesOf(db, "matters", [String(m.id)]);
  if (!lines.some((l) => l.id === change)) {
    throw unprocessable("该修改记录不属于此事项", [detail(null, "change", "unknown_change", `事项 ${m.id} 没有编号为 ${change} 的修改记录`)]);
  }
  const fields = matterFieldsAfter(lines, change);
  if (!fields) throw unprocessable("修改记录不完整，无法还原该版本", [detail(null, "change", "not_replayable", `修改记录 ${change} 之前的记录不足以还原事项内容`)]);
  return normal(fields);
}

/** The restored lead and co-units as ids, checked as a new matter's are (422 when they no longer fit). */
async function restoredUnits(db: Db, f: MatterFields): Promise<{ leadId: number; coIds: number[] }> {
  const [directory, loaded] = await Promise.all([loadDirectory(db), loadTasks(db)]);
  const t = f.taskNo === null ? undefined : loaded.find((x) => x.no === f.taskNo);
  if (f.taskNo !== null && !t) throw unprocessable("该版本的重点工作已不存在，无法恢复", [detail(null, "task", "unknown_task", `没有第${f.taskNo}项重点工作`)]);
  const task: TaskScope | null = t ? { no: t.no, responsibleIds: resolveResponsibleUnits(t.responsibilities, directory) } : null;
  const r = resolveMatterUnits(f.lead, f.co, directory, task);
  if (!r.ok) throw unprocessable("该版本的承办单位已不符合现有名录，无法恢复", r.refusals.map((x) => detail(null, x.column, x.code, x.message)));
  return { leadId: r.leadId, coIds: r.coIds };
}

/**
 * The matter's unit rows as of the restored version: units no longer on it are removed, the
 * others set to their role and note (a note's time kept when the note is unchanged).
 */
function unitWrites(db: Db, m: MatterRecord, f: MatterFields, ids: { leadId: number; coIds: number[] }): Write[] {
  const all = [ids.leadId, ...ids.coIds];
  const rows = [
    { matterId: m.id, unitId: ids.leadId, role: "lead" as const, contribution: null, contributedAt: null },
    ...ids.coIds.map((unitId, i) => {
      const note = f.contributions[f.co[i]!] ?? null;
      const had = m.coUnits.find((u) => u.unitId === unitId);
      const contributedAt = note === null ? null : had && had.contribution === note ? had.contributedAt : new Date();
      return { matterId: m.id, unitId, role: "co" as const, contribution: note, contributedAt };
    }),
  ];
  return [
    db.delete(matterUnits).where(and(eq(matterUnits.matterId, m.id), notInArray(matterUnits.unitId, all))),
    ...rows.map((row) =>
      db
        .insert(matterUnits)
        .values(row)
        .onConflictDoUpdate({ target: [matterUnits.matterId, matterUnits.unitId], set: { role: row.role, contribution: row.contribution, contributedAt: row.contributedAt } }),
    ),
  ];
}
