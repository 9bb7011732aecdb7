import { asc, eq } from "drizzle-orm";
import { taskResponsibilities, tasks } from "../../schema/tables";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import type { Directory } from "../platform/directory";
import { keptPerIsolate } from "../platform/cache-versions";

/**
 * All tasks in plan order, each with its responsibilities in the plan's order, kept per isolate
 * while the stored plan's version is unchanged (platform/cache-versions.ts); frozen.
 */
export const loadTasks = (db: Db) => keptPerIsolate(db, "plan", () => readTasks(db));

async function readTasks(db: Db) {
  const [taskRows, respRows] = await db.batch([
    db.select().from(tasks).orderBy(asc(tasks.no)),
    db.select().from(taskResponsibilities).orderBy(asc(taskResponsibilities.taskNo), asc(taskResponsibilities.position)),
  ]);
  return taskRows.map((t) => ({ ...t, responsibilities: respRows.filter((r) => r.taskNo === t.no) }));
}

/** A task's responsibilities in the plan's order, or null when the plan has no such task. */
export async function loadTaskResponsibilities(db: Db, taskNo: number) {
  const [task, responsibilities] = await db.batch([
    db.select({ no: tasks.no }).from(tasks).where(eq(tasks.no, taskNo)),
    db.select().from(taskResponsibilities).where(eq(taskResponsibilities.taskNo, taskNo)).orderBy(asc(taskResponsibilities.position)),
  ]);
  return task.length ? responsibilities : null;
}

// The plan and the directory come kept per isolate and frozen (loadTasks, loadDirectory): while
// both are the same objects, their expansion is too, and a submission does not redo it per request.
const expanded = new WeakMap<object, { directory: Directory; byTask: ReadonlyMap<number, readonly number[]> }>();

/** taskNo → unit ids responsible once groups are expanded, for every task. */
export function responsibleByTask(loaded: Awaited<ReturnType<typeof loadTasks>>, directory: Directory): ReadonlyMap<number, readonly number[]> {
  const hit = expanded.get(loaded);
  if (hit?.directory === directory) return hit.byTask;
  const byTask = new Map(loaded.map((t) => [t.no, resolveResponsibleUnits(t.responsibilities, directory)]));
  expanded.set(loaded, { directory, byTask });
  return byTask;
}
