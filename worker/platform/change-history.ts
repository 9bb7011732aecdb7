import { and, asc, eq, inArray } from "drizzle-orm";
import { changeLog, people } from "../../schema/tables";
import type { HistoryEntryWire } from "../../schema/contracts/history";
import { actionLabel, actorParts, versionAfter, type LogLine } from "../../domain/history";
import { readActor } from "../../domain/people";
import { chunkForD1 } from "./batch";
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

/** One log line as the history shows it; `posts` gives the post of each person the log names. */
export function historyEntryToWire(line: LogLine, posts: ReadonlyMap<number, string> = new Map()): HistoryEntryWire {
  const personId = readActor(line.actor).person?.id ?? null;
  const post = personId === null ? null : (posts.get(personId) ?? null);
  const { person, unit, label } = actorParts(line.actor, post);
  return {
    change: line.id,
    at: line.at,
    person: person?.name ?? null,
    personId,
    post,
    unit,
    actor: label,
    action: line.action,
    actionLabel: actionLabel(line.action),
    version: versionAfter(line),
    before: line.before,
    after: line.after,
  };
}

/** The lines as the history shows them, each person named with his post (read from `people`). */
export async function historyToWire(db: Db, lines: LogLine[]): Promise<HistoryEntryWire[]> {
  const ids = [...new Set(lines.flatMap((l) => readActor(l.actor).person?.id ?? []))];
  const posts = new Map<number, string>();
  for (const chunk of chunkForD1(ids, 1)) {
    for (const p of await db.select({ id: people.id, post: people.role }).from(people).where(inArray(people.id, chunk))) posts.set(p.id, p.post);
  }
  return lines.map((l) => historyEntryToWire(l, posts));
}
