import { and, asc, eq, inArray } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import type { HistoryEntryWire } from "../../schema/contracts/history";
import { actionLabel, actorParts, versionAfter, type LogLine } from "../../domain/history";
import type { Db } from "./db";

/**
 * Every change-log line of one row, oldest first (by the log's own id, which only grows). A row
 * may be named in the log by more than one id (`entityIds`): reports were once logged at
 * creation by their unit/task/period key.
 */
export async function logLinesOf(db: Db, entity: string, entityIds: string[]): Promise<LogLine[]> {
  const rows = await db
    .select()
    .from(changeLog)
    .where(and(eq(changeLog.entity, entity), inArray(changeLog.entityId, entityIds)))
    .orderBy(asc(changeLog.id));
  return rows.map((r) => ({ id: r.id, at: r.at.getTime(), actor: r.actor, action: r.action, before: r.before ?? null, after: r.after ?? null }));
}

/** One log line as the history shows it. */
export function historyEntryToWire(line: LogLine): HistoryEntryWire {
  const { person, unit, label } = actorParts(line.actor);
  return {
    change: line.id,
    at: line.at,
    person,
    unit,
    actor: label,
    action: line.action,
    actionLabel: actionLabel(line.action),
    version: versionAfter(line),
    before: line.before,
    after: line.after,
  };
}
