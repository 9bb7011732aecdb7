import { sql } from "drizzle-orm";
import { changeLog, reports } from "../../schema/tables";
import type { ReportInputRow } from "../../schema/contracts/reports";
import type { ErrorDetail } from "../../schema/contracts/errors";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch, type Write } from "../platform/batch";
import { conflict, detail } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findReports } from "./reports-queries";

type Stored = Awaited<ReturnType<typeof findReports>>[number];
export interface ReportTarget {
  /** Index of the row in the submission, for error details. */
  index: number;
  unitId: number;
  row: ReportInputRow;
  /** The report as read before writing, or undefined when there was none. */
  have: Stored | undefined;
}

/** The id, as text, of the report of this unit, task and period (read inside the batch that inserts it). */
const newReportId = (unitId: number, task: number, period: string) =>
  sql`(select cast(${reports.id} as text) from ${reports} where ${reports.unitId} = ${unitId} and ${reports.taskNo} = ${task} and ${reports.period} = ${period})`;

const keyOf = (unitId: number, task: number, period: string) => `${unitId}|${task}|${period}`;

/**
 * Writes every target in one batch, each guarded by what was read: an update lands only on the
 * version read, an insert only where no report exists yet. When another submission changed or
 * created one of these reports in between, that statement changes nothing, its log row is
 * refused, the whole batch rolls back, and the caller gets 409 with the current rows. The log
 * thus records only changes that took effect. `also` joins the same batch (a draft marked 已报送).
 */
export async function writeReports(db: Db, targets: ReportTarget[], actor: string, today: string, also: Write[] = []): Promise<Stored[]> {
  const updates = updatesOf(db, targets.filter((t) => t.have), actor, today);
  const writes = [...updates, ...insertsOf(db, targets.filter((t) => !t.have), actor, today)];
  try {
    await runBatch(db, [...writes, ...also]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    await refuseRaced(db, targets);
  }
  const stored = await findReports(db, targets.map((t) => t.unitId), targets.map((t) => t.row.period));
  const byKey = new Map(stored.map((r) => [keyOf(r.unitId, r.task, r.period), r]));
  return targets.map(({ unitId, row }) => byKey.get(keyOf(unitId, row.task, row.period))!);
}

/**
 * New reports as multi-row INSERTs of at most 10 rows (10 parameters each: D1 binds 100 per
 * statement), each followed by one multi-row INSERT of their log rows, guarded together: when
 * another submission created one of these reports meanwhile, the insert adds fewer rows than it
 * carries, every log row of the statement is refused, and the batch rolls back.
 */
function insertsOf(db: Db, targets: ReportTarget[], actor: string, today: string): Write[] {
  return chunkForD1(targets, REPORT_INSERT_PARAMS).flatMap<Write>((chunk) => {
    const rows = chunk.map(({ unitId, row }) => ({ unitId, taskNo: row.task, period: row.period, progress: row.progress, problems: row.problems, plan: row.plan, submittedOn: today }));
    return [
      db.insert(reports).values(rows).onConflictDoNothing(),
      db.insert(changeLog).values(
        rows.map((r) => ({
          actor,
          entity: "reports",
          // The report's own id, so its history is one key from its first line on (lines written
          // before this named the report by unit/task/period: the history reads both).
          entityId: idIfChanged(newReportId(r.unitId, r.taskNo, r.period), rows.length),
          action: "insert",
          after: { ...r, version: 1 },
        })),
      ),
    ];
  });
}

/**
 * Re-submitted reports as one `UPDATE … FROM (VALUES …)` per chunk of REPORT_UPDATE_ROWS rows, each
 * row landing only on the version read, each followed by one multi-row INSERT of their log rows,
 * guarded together: when another submission changed one of these reports meanwhile, the update
 * changes fewer rows than it carries, every log row of the statement is refused, and the batch
 * rolls back. The log rows are those one UPDATE per row would write (the report as read, and the
 * new texts with the next version).
 */
function updatesOf(db: Db, targets: ReportTarget[], actor: string, today: string): Write[] {
  const now = Date.now();
  const chunks: ReportTarget[][] = [];
  for (let i = 0; i < targets.length; i += REPORT_UPDATE_ROWS) chunks.push(targets.slice(i, i + REPORT_UPDATE_ROWS));
  return chunks.flatMap<Write>((chunk) => {
    const values = sql.join(
      chunk.map(({ row, have }) => sql`(${have!.id}, ${have!.version}, ${row.progress}, ${row.problems}, ${row.plan})`),
      sql`, `,
    );
    return [
      db
        .update(reports)
        .set({
          progress: sql`v.column3`,
          problems: sql`v.column4`,
          plan: sql`v.column5`,
          submittedOn: today,
          version: sql`${reports.version} + 1`,
          updatedAt: new Date(now),
        })
        .from(sql`(values ${values}) as v`)
        .where(sql`${reports.id} = v.column1 and ${reports.version} = v.column2`),
      db.insert(changeLog).values(
        chunk.map(({ row, have }) => ({
          actor,
          entity: "reports",
          entityId: idIfChanged(String(have!.id), chunk.length),
          action: "update",
          before: have,
          after: { progress: row.progress, problems: row.problems, plan: row.plan, submittedOn: today, version: have!.version + 1 },
        })),
      ),
    ];
  });
}

/**
 * Rows per batched update: its statement binds 5 parameters a row (id, version read, three texts)
 * and 2 in all, its log insert about 8 a row; D1 binds at most 100 per statement.
 */
const REPORT_UPDATE_ROWS = 12;

/** Parameters one report row binds in an INSERT (its columns but the id). */
const REPORT_INSERT_PARAMS = 10;

/** 409 naming each row another submission changed meanwhile, with the rows as they now are. */
async function refuseRaced(db: Db, targets: ReportTarget[]): Promise<never> {
  const now = await findReports(db, targets.map((t) => t.unitId), targets.map((t) => t.row.period));
  const byKey = new Map(now.map((r) => [keyOf(r.unitId, r.task, r.period), r]));
  const stale: ErrorDetail[] = [];
  const current: Stored[] = [];
  for (const { index, unitId, row, have } of targets) {
    const cur = byKey.get(keyOf(unitId, row.task, row.period));
    if (cur && cur.version !== have?.version) {
      stale.push(detail(index, "version", "stale", `该行刚被他人修改（当前版本 ${cur.version}），本次未保存，请先拉取最新数据再提交`));
      current.push(cur);
    }
  }
  throw conflict("部分行刚被他人修改，整批未保存", { current }, stale);
}
