import { sql } from "drizzle-orm";
import type { ReportInputRow } from "../../schema/contracts/reports";
import type { ErrorDetail } from "../../schema/contracts/errors";
import type { Db } from "../platform/db";
import { jsonParts, type Write } from "../platform/batch";
import { writeThenRead } from "../platform/read-batch";
import { conflict, detail } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findReports, reportReads } from "./reports-queries";

type Stored = Awaited<ReturnType<typeof findReports>>[number];
export interface ReportTarget {
  /** Index of the row in the submission, for error details. */
  index: number;
  unitId: number;
  row: ReportInputRow;
  /** The report as read before writing, or undefined when there was none. */
  have: Stored | undefined;
}

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
  // The stored rows are read back in the same batch, after the writes: one round trip, and what
  // is answered is exactly what the batch left.
  let stored: Stored[];
  try {
    stored = (await writeThenRead(db, [...writes, ...also], reportReads(db, targets.map((t) => t.unitId), targets.map((t) => t.row.period)))).flat();
  } catch (e) {
    if (!lostRace(e)) throw e;
    return refuseRaced(db, targets);
  }
  const byKey = new Map(stored.map((r) => [keyOf(r.unitId, r.task, r.period), r]));
  return targets.map(({ unitId, row }) => byKey.get(keyOf(unitId, row.task, row.period))!);
}

/**
 * New reports as one `INSERT … SELECT … FROM json_each(?)` per part of at most
 * MAX_JSON_PARAM_BYTES (all the rows of a part in one bound parameter), each followed by one
 * `INSERT … SELECT` of their log rows from the same parameter, guarded together: when another
 * submission created one of these reports meanwhile, the insert adds fewer rows than the part
 * carries, every log row of the part is refused, and the batch rolls back. A log row names the
 * report by its own id, read as it is written, so its history is one key from its first line on
 * (lines written before this named the report by unit/task/period: the history reads both).
 */
function insertsOf(db: Db, targets: ReportTarget[], actor: string, today: string): Write[] {
  const now = Date.now();
  const rows = targets.map(({ unitId, row }) => [unitId, row.task, row.period, row.progress, row.problems, row.plan]);
  return jsonParts(rows).flatMap<Write>(({ json, count }) => [
    db.run(sql`insert into reports (unit_id, task_no, period, progress, problems, plan, submitted_on, version, created_at, updated_at)
      select r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, ${today}, 1, ${now}, ${now}
      from json_each(${json}) r where true on conflict do nothing`),
    db.run(sql`insert into change_log (created_at, actor, entity, entity_id, action, after)
      select ${now}, ${actor}, 'reports', ${idIfChanged(
        sql`(select cast(s.id as text) from reports s where s.unit_id = r.value ->> 0 and s.task_no = r.value ->> 1 and s.period = r.value ->> 2)`,
        count,
      )}, 'insert', json_object('unitId', r.value ->> 0, 'taskNo', r.value ->> 1, 'period', r.value ->> 2, 'progress', r.value ->> 3,
        'problems', r.value ->> 4, 'plan', r.value ->> 5, 'submittedOn', ${today}, 'version', 1)
      from json_each(${json}) r`),
  ]);
}

/**
 * Re-submitted reports as one `UPDATE … FROM json_each(?)` per part (as insertsOf), each row
 * landing only on the version read, each followed by one `INSERT … SELECT` of their log rows,
 * guarded together: when another submission changed one of these reports meanwhile, the update
 * changes fewer rows than the part carries, every log row of the part is refused, and the batch
 * rolls back. The log rows are those one UPDATE per row would write (the report as read, and the
 * new texts with the next version).
 */
function updatesOf(db: Db, targets: ReportTarget[], actor: string, today: string): Write[] {
  const now = Date.now();
  const rows = targets.map(({ row, have }) => [have!.id, have!.version, row.progress, row.problems, row.plan, have]);
  return jsonParts(rows).flatMap<Write>(({ json, count }) => [
    db.run(sql`update reports set progress = v.value ->> 2, problems = v.value ->> 3, plan = v.value ->> 4, submitted_on = ${today},
        version = reports.version + 1, updated_at = ${now}
      from json_each(${json}) v where reports.id = v.value ->> 0 and reports.version = v.value ->> 1`),
    db.run(sql`insert into change_log (created_at, actor, entity, entity_id, action, before, after)
      select ${now}, ${actor}, 'reports', ${idIfChanged(sql`cast(v.value ->> 0 as text)`, count)}, 'update', v.value -> 5,
        json_object('progress', v.value ->> 2, 'problems', v.value ->> 3, 'plan', v.value ->> 4, 'submittedOn', ${today}, 'version', (v.value ->> 1) + 1)
      from json_each(${json}) v`),
  ]);
}

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
