import { and, eq } from "drizzle-orm";
import { changeLog, reports } from "../../schema/tables";
import type { ReportInputRow } from "../../schema/contracts/reports";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, forbidden, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { loadTasks, responsibleByTask } from "../tasks/tasks-queries";
import { findReports } from "./reports-queries";
import { readSetting } from "../platform/settings";

/**
 * Checks every row, then writes all of them in one batch or none: unknown tasks and bad
 * cells are 422, tasks outside the unit's responsibility 403, stale versions 409.
 * Re-submitting the same task and period updates the report; the old text goes to the change log.
 */
export async function submitReports(db: Db, caller: Caller, rows: ReportInputRow[], today: string) {
  const [directory, loaded, cycle] = await Promise.all([loadDirectory(db), loadTasks(db), readSetting(db, "reportingCycle")]);
  const responsible = responsibleByTask(loaded, directory);
  const invalid: ErrorDetail[] = [];
  const outside: ErrorDetail[] = [];
  const targets: { unitId: number; row: ReportInputRow }[] = [];
  const seen = new Map<string, number>();

  rows.forEach((row, i) => {
    let unitId: number | undefined;
    if (caller.role === "unit") {
      if (row.unit !== undefined && resolveUnitName(row.unit, directory)?.id !== caller.unitId) {
        outside.push(detail(i, "unit", "not_own_unit", `只能报送本单位（${caller.unitName}）的数据`));
        return;
      }
      unitId = caller.unitId;
    } else if (row.unit === undefined) {
      invalid.push(detail(i, "unit", "required", "办公室代报时请填写报送单位"));
      return;
    } else {
      const r = resolveUnitName(row.unit, directory);
      if (!r || r.kind !== "unit") {
        invalid.push(detail(i, "unit", "unknown_unit", `未知单位：${row.unit}`));
        return;
      }
      unitId = r.id;
    }
    const units = responsible.get(row.task);
    if (!units) {
      invalid.push(detail(i, "task", "unknown_task", `没有第${row.task}项重点工作`));
      return;
    }
    if (cycle === "quarterly" && !row.period.includes("Q")) {
      invalid.push(detail(i, "period", "wrong_cycle", "报送周期为季度，请写作如 2026-Q1"));
    } else if (cycle === "monthly" && row.period.includes("Q")) {
      invalid.push(detail(i, "period", "wrong_cycle", "报送周期为月度，请写作如 2026-03"));
    }
    if (!units.includes(unitId)) {
      const name = directory.units.find((u) => u.id === unitId)?.name;
      outside.push(detail(i, "task", "not_responsible", `${name}不是第${row.task}项重点工作的责任单位`));
      return;
    }
    const key = `${unitId}|${row.task}|${row.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      invalid.push(detail(i, "period", "duplicate", `与第${earlier + 1}行重复：同一任务同一期次只能报送一行`));
      return;
    }
    seen.set(key, i);
    targets.push({ unitId, row });
  });

  if (outside.length) throw forbidden("部分行不属于本单位的责任范围，整批未保存", outside);
  if (invalid.length) throw unprocessable("提交的数据有误，整批未保存", invalid);

  const existing = await findReports(db, targets.map((t) => t.unitId), targets.map((t) => t.row.period));
  const byKey = new Map(existing.map((r) => [`${r.unitId}|${r.task}|${r.period}`, r]));
  const stale: ErrorDetail[] = [];
  const current: typeof existing = [];
  rows.forEach((row, i) => {
    const t = targets.find((x) => x.row === row);
    const have = t && byKey.get(`${t.unitId}|${row.task}|${row.period}`);
    if (row.version !== undefined && (have?.version ?? 0) !== row.version) {
      stale.push(detail(i, "version", "stale", "该行已被他人修改，请先拉取最新数据再提交"));
      if (have) current.push(have);
    }
  });
  if (stale.length) throw conflict("部分行已被他人修改，整批未保存", { current }, stale);

  const actor = actorOf(caller);
  const writes = targets.flatMap<Write>(({ unitId, row }) => {
    const values = { progress: row.progress, problems: row.problems, plan: row.plan, submittedOn: today };
    const have = byKey.get(`${unitId}|${row.task}|${row.period}`);
    if (have) {
      return [
        db.update(reports).set({ ...values, version: have.version + 1 }).where(and(eq(reports.id, have.id), eq(reports.version, have.version))),
        db.insert(changeLog).values({ actor, entity: "reports", entityId: String(have.id), action: "update", before: have, after: values }),
      ];
    }
    const key = { unitId, taskNo: row.task, period: row.period };
    return [
      db.insert(reports).values({ ...key, ...values }),
      db.insert(changeLog).values({ actor, entity: "reports", entityId: `${unitId}/${row.task}/${row.period}`, action: "insert", after: { ...key, ...values } }),
    ];
  });
  await runBatch(db, writes);

  const stored = await findReports(db, targets.map((t) => t.unitId), targets.map((t) => t.row.period));
  return targets.map(({ unitId, row }) => stored.find((r) => r.unitId === unitId && r.task === row.task && r.period === row.period)!);
}
