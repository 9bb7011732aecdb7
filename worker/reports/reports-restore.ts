import { and, eq } from "drizzle-orm";
import { changeLog, reports } from "../../schema/tables";
import type { RestoreBody } from "../../schema/contracts/history";
import { changedFields, reportFieldsAfter, type ReportFields } from "../../domain/history";
import { relationToUnit } from "../../domain/access";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { ensureMay, ensureRoleMay } from "../platform/access";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { logLinesOf } from "../platform/change-history";
import { findReport, type ReportView } from "./reports-queries";

/** The one answer for a report that does not exist and for one the caller may not see. */
export const reportNotFound = (id: number) => notFound(`没有编号为 ${id} 的报送记录`);

/** Loads report `id` for `action`: a missing report and one the caller may not see both answer `reportNotFound`. */
export async function reportFor(db: Db, caller: Caller, action: "see_report" | "restore_report", id: number): Promise<ReportView> {
  ensureRoleMay(caller, action);
  const r = await findReport(db, id);
  if (!r) throw reportNotFound(id);
  ensureMay(caller, relationToUnit(caller, r.unitId), action, () => reportNotFound(id));
  return r;
}

/** Every change-log line of a report: by its id, and by the unit/task/period key its creation was once logged under. */
export const reportLog = (db: Db, r: ReportView) => logLinesOf(db, "reports", [String(r.id), `${r.unitId}/${r.task}/${r.period}`]);

const stale = (r: ReportView, version: number) =>
  conflict("该报送已被他人修改，请按最新数据重新操作", { current: r }, [detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${r.version}`)]);

/**
 * The office restores a report's text (progress, problems, plan) to what it was right after
 * change-log line `body.change` of this report, as a new change: version + 1 and a `restore` log
 * line naming the change restored. The submission day stays: a restore is not a submission, so
 * it moves no on-time judgement. Refusals: 403 not the office, 404 unknown report, 409 stale
 * version, 422 a change that is not this report's, cannot be replayed, or equals the current text.
 */
export async function restoreReport(db: Db, caller: Caller, id: number, body: RestoreBody): Promise<ReportView> {
  const r = await reportFor(db, caller, "restore_report", id);
  if (r.version !== body.version) throw stale(r, body.version);
  const lines = await reportLog(db, r);
  if (!lines.some((l) => l.id === body.change)) {
    throw unprocessable("该修改记录不属于此报送", [detail(null, "change", "unknown_change", `报送 ${id} 没有编号为 ${body.change} 的修改记录`)]);
  }
  const target = reportFieldsAfter(lines, body.change);
  if (!target) throw unprocessable("修改记录不完整，无法还原该版本", [detail(null, "change", "not_replayable", `修改记录 ${body.change} 之前的记录不足以还原报送内容`)]);
  const current: ReportFields = { progress: r.progress, problems: r.problems, plan: r.plan };
  if (changedFields(current, target).length === 0) {
    throw unprocessable("该版本与当前内容相同，无需恢复", [detail(null, "change", "unchanged", `修改记录 ${body.change} 之后的内容与当前一致`)]);
  }
  try {
    await runBatch(db, [
      db.update(reports).set({ ...target, version: r.version + 1 }).where(and(eq(reports.id, r.id), eq(reports.version, r.version))),
      db.insert(changeLog).values({
        actor: actorOf(caller),
        entity: "reports",
        entityId: idIfChanged(String(r.id)),
        action: "restore",
        before: { ...current, version: r.version },
        after: { ...target, restoredFrom: body.change, version: r.version + 1 },
      }),
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    const now = await findReport(db, r.id);
    throw stale(now ?? r, body.version);
  }
  return (await findReport(db, r.id))!;
}
