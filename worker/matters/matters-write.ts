import { and, eq } from "drizzle-orm";
import { changeLog, matters } from "../../schema/tables";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { conflict, detail } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { findMatter } from "./matters-queries";
import { stateContext, matterToWire } from "./matter-to-wire";

export interface MatterLogEntry {
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * The writes that close every matter change, in this order: the version bump, guarded by the
 * version the caller read, then its change-log row. The log row's entity id is only set when
 * the statement just before it (the bump) changed a row (SQLite `changes()`); when a concurrent
 * change won the race the bump matches nothing, the NOT NULL entity id refuses the log row, and
 * D1 rolls the whole batch back. So a change is written entirely, with its log row, or not at all.
 */
export function versionedChange(
  db: Db,
  matterId: number,
  fromVersion: number,
  set: Partial<typeof matters.$inferInsert>,
  entry: MatterLogEntry,
): Write[] {
  return [
    db
      .update(matters)
      .set({ ...set, version: fromVersion + 1 })
      .where(and(eq(matters.id, matterId), eq(matters.version, fromVersion))),
    db.insert(changeLog).values({
      entity: "matters",
      entityId: idIfChanged(String(matterId)),
      ...entry,
    }),
  ];
}

/** Runs a matter change; when another change got there first, answers 409 with the current row. */
export async function runMatterChange(db: Db, matterId: number, fromVersion: number, writes: Write[], today: string): Promise<void> {
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (!lostRace(e)) throw e;
    const m = await findMatter(db, matterId);
    throw conflict("该事项刚被他人修改，本次修改未保存，请按最新数据重新操作", { current: m && matterToWire(m, await stateContext(db, today)) }, [
      detail(null, "version", "stale", `提交的版本为 ${fromVersion}，当前版本为 ${m?.version ?? "未知"}`),
    ]);
  }
}

