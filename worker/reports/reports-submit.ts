import type { ReportInputRow } from "../../schema/contracts/reports";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { decide, relationToTask, relationToUnit } from "../../domain/access";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, forbidden, unprocessable } from "../platform/errors";
import { loadDirectory, type Directory } from "../platform/directory";
import { loadTasks, responsibleByTask } from "../tasks/tasks-queries";
import { findReports, type ReportView } from "./reports-queries";
import { readSetting } from "../platform/settings";
import { writeReports } from "./reports-write";
import type { Write } from "../platform/batch";
import { ensureMaySubmitForUnit } from "../platform/sign-off";
import { dutyFor } from "../../domain/assessment";
import type { ReportingCycle } from "../../schema/values";

type Key = `${number}|${number}|${string}`;
const keyOf = (unitId: number, task: number, period: string): Key => `${unitId}|${task}|${period}`;

/** A row the checks accepted, with the unit it reports for. */
interface Target {
  /** Index of the row in the submission, for error details. */
  index: number;
  unitId: number;
  row: ReportInputRow;
}

/** What the row checks need: the directory, each task's responsible units, each task's reporting cycle. */
interface RowContext {
  directory: Directory;
  responsible: ReadonlyMap<number, readonly number[]>;
  cycleOf: (task: number) => ReportingCycle;
}

/** Every refused cell of a batch: 422 (`invalid`) and 403 (`outside`). */
interface Refusals {
  invalid: ErrorDetail[];
  outside: ErrorDetail[];
}

/**
 * Checks every row, then writes all of them in one batch or none: unknown tasks and bad
 * cells are 422, tasks outside the unit's responsibility 403, stale versions 409.
 * Re-submitting the same task and period with the version read updates the report; the old text
 * goes to the change log. Without a version it is a first report, refused 409 where one exists.
 */
export async function submitReports(db: Db, caller: Caller, rows: ReportInputRow[], today: string, also: Write[] = []) {
  await ensureMaySubmitForUnit(db, caller);
  const toWrite = await checkedReports(db, caller, rows);
  return writeReports(db, toWrite, actorOf(caller), today, also);
}

/**
 * Every check of a submission without writing it (an 执行员's draft is checked so too), with
 * the stored row each target updates.
 */
export async function checkedReports(db: Db, caller: Caller, rows: ReportInputRow[]) {
  const [directory, loaded, cycle, duties] = await Promise.all([loadDirectory(db), loadTasks(db), readSetting(db, "reportingCycle"), readSetting(db, "reportDuties")]);
  const cycleOf = (task: number) => dutyFor(task, duties, cycle).cycle;
  const targets = checkRows(caller, rows, { directory, responsible: responsibleByTask(loaded, directory), cycleOf });
  const unitIds = targets.map((t) => t.unitId);
  const periods = targets.map((t) => t.row.period);

  const existing = await findReports(db, unitIds, periods);
  const byKey = new Map(existing.map((r) => [keyOf(r.unitId, r.task, r.period), r]));
  checkVersions(rows, targets, byKey);
  return targets.map((t) => ({ ...t, have: byKey.get(keyOf(t.unitId, t.row.task, t.row.period)) }));
}

/** The rows the caller may submit, each with its unit; refuses the whole batch on any bad row. */
function checkRows(caller: Caller, rows: ReportInputRow[], ctx: RowContext): Target[] {
  const refusals: Refusals = { invalid: [], outside: [] };
  const targets: Target[] = [];
  const seen = new Map<Key, number>();
  rows.forEach((row, i) => {
    const unitId = rowUnit(caller, row, i, ctx.directory, refusals);
    if (unitId === undefined || !rowTaskFits(caller, row, i, unitId, ctx, refusals)) return;
    const key = keyOf(unitId, row.task, row.period);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refusals.invalid.push(detail(i, "period", "duplicate", `与第${earlier + 1}行重复：同一任务同一期次只能报送一行`));
      return;
    }
    seen.set(key, i);
    targets.push({ index: i, unitId, row });
  });
  if (refusals.outside.length) throw forbidden("部分行不属于本单位的责任范围，整批未保存", refusals.outside);
  if (refusals.invalid.length) throw unprocessable("提交的数据有误，整批未保存", refusals.invalid);
  return targets;
}

/**
 * The unit a row reports for: the unit it names, under any of its names (a unit token may leave
 * it out: its own), if the access table lets the caller report for it (a unit: only for itself).
 * An unknown name is a 422 for every caller, as everywhere a unit is named.
 */
function rowUnit(caller: Caller, row: ReportInputRow, i: number, directory: Directory, refusals: Refusals): number | undefined {
  if (row.unit === undefined) {
    if (caller.role === "unit") return caller.unitId;
    refusals.invalid.push(detail(i, "unit", "required", "办公室代报时请填写报送单位"));
    return undefined;
  }
  const r = resolveUnitName(row.unit, directory);
  if (!r || r.kind !== "unit") {
    refusals.invalid.push(detail(i, "unit", "unknown_unit", `未知单位：${row.unit}`));
    return undefined;
  }
  if (!decide(caller.role, relationToUnit(caller, r.id), "report_for_unit").allowed) {
    const own = caller.role === "unit" ? `（${caller.unitName}）` : "";
    refusals.outside.push(detail(i, "unit", "not_own_unit", `只能报送本单位${own}的数据`));
    return undefined;
  }
  return r.id;
}

/** False when the row's task is unknown or not the unit's; a period of the wrong cycle is refused too. */
function rowTaskFits(caller: Caller, row: ReportInputRow, i: number, unitId: number, ctx: RowContext, refusals: Refusals): boolean {
  const units = ctx.responsible.get(row.task);
  if (!units) {
    refusals.invalid.push(detail(i, "task", "unknown_task", `没有第${row.task}项重点工作`));
    return false;
  }
  const cycle = ctx.cycleOf(row.task);
  if (cycle === "quarterly" && !row.period.includes("Q")) {
    refusals.invalid.push(detail(i, "period", "wrong_cycle", "报送周期为季度，请写作如 2026-Q1"));
  } else if (cycle === "monthly" && row.period.includes("Q")) {
    refusals.invalid.push(detail(i, "period", "wrong_cycle", "报送周期为月度，请写作如 2026-03"));
  }
  if (!decide(caller.role, relationToTask(unitId, units), "submit_report_row").allowed) {
    const name = ctx.directory.units.find((u) => u.id === unitId)?.name;
    refusals.outside.push(detail(i, "task", "not_responsible", `${name}不是第${row.task}项重点工作的责任单位`));
    return false;
  }
  return true;
}

/**
 * Refuses the batch (409 with the current rows) when any row's version is not the stored one.
 * A row without a version is a first report for its period: where one is stored already, it
 * would overwrite text its sender never saw, so it is refused like a stale version.
 */
function checkVersions(rows: ReportInputRow[], targets: Target[], byKey: Map<Key, ReportView>) {
  const stale: ErrorDetail[] = [];
  const current: ReportView[] = [];
  const targetOf = new Map(targets.map((t) => [t.row, t]));
  rows.forEach((row, i) => {
    const t = targetOf.get(row);
    const have = t && byKey.get(keyOf(t.unitId, row.task, row.period));
    if (row.version === undefined && have) {
      stale.push(detail(i, "version", "stale", `该期已有报送内容（版本 ${have.version}），请先拉取最新版本再修改`));
      current.push(have);
    } else if (row.version !== undefined && (have?.version ?? 0) !== row.version) {
      stale.push(detail(i, "version", "stale", "该行已被他人修改，请先拉取最新数据再提交"));
      if (have) current.push(have);
    }
  });
  if (stale.length) throw conflict("部分行已被他人修改，整批未保存", { current }, stale);
}
