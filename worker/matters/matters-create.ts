import { sql } from "drizzle-orm";
import { changeLog, matters, matterUnits } from "../../schema/tables";
import type { MatterInput } from "../../schema/contracts/matters";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { resolveMatterUnits, type ResolvedAlias, type TaskScope } from "../../domain/matters/resolve-matter-units";
import { matterDeadline } from "../../domain/matters/matter-deadline";
import type { Db } from "../platform/db";
import { chunkForD1, type Write } from "../platform/batch";
import { idIfChanged } from "../platform/guarded-log";
import { actorOf, type Caller } from "../platform/env";
import { detail, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { loadTasks } from "../tasks/tasks-queries";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findMatter, type MatterRecord } from "./matters-queries";

/**
 * The id of the matter just inserted, read inside the same batch: a batch runs as one
 * transaction and D1 runs one at a time, so the newest id is this create's own.
 */
export const newMatterId = sql<number>`(select max(${matters.id}) from ${matters})`;

/**
 * Source 专班 means a task force handed the matter out: such a matter is created under its task
 * force (POST /api/v1/taskforces/:id/matters, which links it and names the task force), never as a
 * bare matter with that source (422 on `source`).
 */
export function refuseBareTaskforceSource(source: string | undefined): void {
  if (source !== "专班") return;
  const message = "来源为专班的事项请在该专班下交办（专班交办事项），以便关联到专班并注明专班名称";
  throw unprocessable("事项有误，未保存", [detail(null, "source", "taskforce_only", message)]);
}

/**
 * Creates a matter (office only; the route checks the role): resolves its units, refuses every
 * bad cell at once (422, nothing written), computes the deadline, and writes the matter, its
 * units and the change-log row in one batch.
 */
export async function createMatter(
  db: Db,
  caller: Caller,
  input: MatterInput,
  also: Write[] = [],
): Promise<{ record: MatterRecord; resolved: ResolvedAlias[] }> {
  const [{ leadId, coIds, resolved, nameOf }, cal] = await Promise.all([checkedMatterUnits(db, input.task ?? null, input.lead, input.co), loadWorkCalendar(db)]);
  const values = newMatterValues(
    { title: input.title, taskNo: input.task ?? null, source: input.source, sourceRef: input.sourceRef ?? null, assigned: input.assigned, days: input.days },
    leadId,
    cal,
  );
  const after = { id: 0, ...values, lead: nameOf(leadId), co: coIds.map(nameOf), status: "办理中", version: 1 };
  const id = await insertMatter(db, values, leadId, coIds, actorOf(caller), after, also);
  return { record: (await findMatter(db, id))!, resolved };
}

/**
 * A matter's task, lead and co-units as written, checked and resolved to ids (as creating and
 * correcting a matter both need): every bad cell is refused at once (422, nothing written).
 */
export async function checkedMatterUnits(db: Db, taskNo: number | null, lead: string, co: ReadonlyArray<string>) {
  const [directory, loaded] = await Promise.all([loadDirectory(db), loadTasks(db)]);
  const invalid: ErrorDetail[] = [];
  let task: TaskScope | null = null;
  if (taskNo !== null) {
    const t = loaded.find((x) => x.no === taskNo);
    if (t) task = { no: t.no, responsibleIds: resolveResponsibleUnits(t.responsibilities, directory) };
    else invalid.push(detail(null, "task", "unknown_task", `没有第${taskNo}项重点工作`));
  }
  const resolvedUnits = resolveMatterUnits(lead, co, directory, task);
  if (!resolvedUnits.ok) invalid.push(...resolvedUnits.refusals.map((r) => detail(null, r.column, r.code, r.message)));
  if (invalid.length > 0 || !resolvedUnits.ok) throw unprocessable("事项有误，未保存", invalid);
  const nameOf = (id: number) => directory.units.find((u) => u.id === id)!.name;
  return { ...resolvedUnits, nameOf };
}

/**
 * Writes the matter, its units and its log row in one batch. SQLite assigns the id (it is never
 * read beforehand as max + 1), so concurrent creates cannot collide; the later statements name
 * it through `newMatterId`. `also` runs last in the same batch (a record that links the new matter,
 * naming it through `newMatterId`); when one of them fails, nothing of the matter is written.
 */
async function insertMatter(db: Db, values: typeof matters.$inferInsert, leadId: number, coIds: number[], actor: string, after: object, also: Write[]) {
  const [inserted] = await db.batch([db.insert(matters).values(values).returning({ id: matters.id }), ...newMatterWrites(db, { leadId, coIds, actor, after }), ...also]);
  return inserted[0]!.id;
}

/** The matter's values as `createMatter` computes them: the deadline from `assigned` and `days` on the work calendar. */
export function newMatterValues(
  input: { title: string; taskNo: number | null; source: string; sourceRef: string | null; assigned: string; days: number },
  leadId: number,
  cal: Parameters<typeof matterDeadline>[3],
) {
  const d = matterDeadline(input.assigned, input.days, [], cal);
  return { ...input, leadUnitId: leadId, deadline: d.deadline, originalDeadline: d.original, provisional: d.provisional };
}

/**
 * The writes that follow a matter's insert in the same batch: its change-log row, then its units
 * (lead and co), all naming the new matter through `newMatterId`. With `guarded`, the insert
 * before them was guarded: the log row's id is set only when that insert wrote its row
 * (`idIfChanged`), so a refused insert rolls the whole batch back (see `lostRace`).
 */
export function newMatterWrites(db: Db, m: { leadId: number; coIds: number[]; actor: string; after: object; guarded?: boolean }): Write[] {
  const unitRows = [
    { matterId: newMatterId, unitId: m.leadId, role: "lead" as const },
    ...m.coIds.map((unitId) => ({ matterId: newMatterId, unitId, role: "co" as const })),
  ];
  const id = sql<string>`cast(${newMatterId} as text)`;
  return [
    db.insert(changeLog).values({
      actor: m.actor,
      entity: "matters",
      entityId: m.guarded ? idIfChanged(id) : id,
      action: "insert",
      after: sql`json_set(${JSON.stringify(m.after)}, '$.id', ${newMatterId})`,
    }),
    ...chunkForD1(unitRows, 3).map((rows) => db.insert(matterUnits).values(rows)),
  ];
}

/** The id of the matter the batch inserted last (see `newMatterId`), for statements that link to it. */
export const justInsertedMatterId = newMatterId;
