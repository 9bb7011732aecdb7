import { and, eq, inArray, sql } from "drizzle-orm";
import { changeLog, matters, people, taskforceLog, taskforceMatters, taskforceMembers, taskforces } from "../../schema/tables";
import type { TaskforceInput, TaskforceLogInput, TaskforceMatterInput } from "../../schema/contracts/taskforces";
import type { ErrorDetail } from "../../schema/contracts/errors";
import type { ResolvedAlias } from "../../domain/matters/resolve-matter-units";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch } from "../platform/batch";
import { guardedInsert } from "../platform/guarded-insert";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { createMatter, newMatterId } from "../matters/matters-create";
import { findTaskforce, newTaskforceId, type TaskforceRecord } from "./taskforces-queries";

/** Every member a current person, each once, and the matter served an existing one; all refusals at once. */
async function checkInput(db: Db, input: TaskforceInput): Promise<void> {
  const ids = input.members.map((m) => m.person);
  const [found, served, sameName] = await db.batch([
    db.select({ id: people.id, current: people.current }).from(people).where(inArray(people.id, ids)),
    db.select({ id: matters.id }).from(matters).where(eq(matters.id, input.matter ?? -1)),
    db.select({ id: taskforces.id }).from(taskforces).where(eq(taskforces.name, input.name)),
  ]);
  const invalid: ErrorDetail[] = [];
  input.members.forEach((m, i) => {
    const p = found.find((f) => f.id === m.person);
    if (!p) invalid.push(detail(i + 1, "person", "unknown_person", `第 ${i + 1} 位成员：没有编号为 ${m.person} 的人员`));
    else if (!p.current) invalid.push(detail(i + 1, "person", "not_current", `第 ${i + 1} 位成员：人员 ${m.person} 已卸任`));
    else if (ids.indexOf(m.person) !== i) invalid.push(detail(i + 1, "person", "duplicate", `第 ${i + 1} 位成员：人员 ${m.person} 重复填写`));
  });
  if (input.matter !== undefined && served.length === 0) invalid.push(detail(null, "matter", "unknown_matter", `没有编号为 ${input.matter} 的事项`));
  if (invalid.length > 0) throw unprocessable("专班有误，未保存", invalid);
  if (sameName.length > 0) throw conflict(`已有名为「${input.name}」的专班`, {}, [detail(null, "name", "duplicate", `已有名为「${input.name}」的专班`)]);
}

/** Sets up a task force (office only): the task force, its members and the log row in one batch. */
export async function createTaskforce(db: Db, caller: Caller, input: TaskforceInput): Promise<TaskforceRecord> {
  await checkInput(db, input);
  const values = { name: input.name, serves: input.serves, matterId: input.matter ?? null };
  const [inserted] = await db.batch([
    db.insert(taskforces).values(values).returning({ id: taskforces.id }),
    ...chunkForD1(input.members, 3).map((rows) => db.insert(taskforceMembers).values(rows.map((m) => ({ taskforceId: newTaskforceId, personId: m.person, side: m.side, role: m.role })))),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "taskforces",
      entityId: sql<string>`cast(${newTaskforceId} as text)`,
      action: "insert",
      after: sql`json_set(${JSON.stringify({ ...values, members: input.members })}, '$.id', ${newTaskforceId})`,
    }),
  ]);
  return (await findTaskforce(db, inserted[0]!.id))!;
}

/** An ended task force (已结束) takes no log entries and no matters: 409, naming the status. */
export function ensureRunning(t: TaskforceRecord): void {
  if (t.status === "运行中") return;
  const message = `专班「${t.name}」已于 ${t.endedOn} 结束，不能再记录或交办事项`;
  throw conflict(message, {}, [detail(null, "status", "ended", message)]);
}

const stillRunning = (id: number) => sql`exists (select 1 from ${taskforces} where ${taskforces.id} = ${id} and ${taskforces.status} = '运行中')`;

/** Runs writes guarded on the task force still running; when it ended meanwhile, 409 as `ensureRunning` says. */
async function runWhileRunning(db: Db, id: number, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (!lostRace(e)) throw e;
    ensureRunning((await findTaskforce(db, id))!);
    throw e;
  }
}

/** A meeting or action in the task force's log (office or a member's unit), while it runs. */
export async function addLogEntry(db: Db, caller: Caller, t: TaskforceRecord, input: TaskforceLogInput): Promise<void> {
  ensureRunning(t);
  const row = { id: null, taskforceId: t.id, on: input.date, kind: input.kind, text: input.text, actor: actorOf(caller), createdAt: Date.now() };
  await runWhileRunning(db, t.id, () =>
    runBatch(db, [
      guardedInsert(db, taskforceLog, row, stillRunning(t.id)),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "taskforces", entityId: idIfChanged(String(t.id)), action: "log", after: input }),
    ]),
  );
}

/**
 * A matter the task force hands out (office): created by the matters' own code (deadline and all),
 * source 专班, its source reference the task force's name, linked to it in the same batch.
 */
export async function createTaskforceMatter(db: Db, caller: Caller, t: TaskforceRecord, input: TaskforceMatterInput): Promise<{ id: number; resolved: ResolvedAlias[] }> {
  ensureRunning(t);
  const link = { taskforceId: t.id, matterId: newMatterId };
  let out = { id: 0, resolved: [] as ResolvedAlias[] };
  await runWhileRunning(db, t.id, async () => {
    const { record, resolved } = await createMatter(db, caller, { ...input, source: "专班", sourceRef: t.name }, [
      guardedInsert(db, taskforceMatters, link, stillRunning(t.id)),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "taskforces", entityId: idIfChanged(String(t.id)), action: "matter", after: sql`json_object('matterId', ${newMatterId})` }),
    ]);
    out = { id: record.id, resolved };
  });
  return out;
}

/** Ends a task force (office), from the version read. */
export async function endTaskforce(db: Db, caller: Caller, t: TaskforceRecord, version: number, note: string | undefined, today: string): Promise<void> {
  ensureRunning(t);
  try {
    await runBatch(db, [
      db
        .update(taskforces)
        .set({ status: "已结束", endedOn: today, endNote: note ?? null, version: version + 1 })
        .where(and(eq(taskforces.id, t.id), eq(taskforces.version, version), eq(taskforces.status, "运行中"))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "taskforces", entityId: idIfChanged(String(t.id)), action: "end", after: { endedOn: today, note: note ?? null } }),
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw conflict("该专班刚被他人修改，本次操作未保存，请按最新数据重新操作", {}, [detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${t.version}`)]);
  }
}
