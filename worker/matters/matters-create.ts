import { changeLog, matters, matterUnits } from "../../schema/tables";
import type { MatterInput } from "../../schema/contracts/matters";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveResponsibleUnits } from "../../domain/responsibility";
import { resolveMatterUnits, type ResolvedAlias, type TaskScope } from "../../domain/matters/resolve-matter-units";
import { matterDeadline } from "../../domain/matters/matter-deadline";
import type { Db } from "../platform/db";
import { chunkForD1, runBatch, type Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { detail, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { loadTasks } from "../tasks/tasks-queries";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findMatter, nextMatterId, type MatterRecord } from "./matters-queries";

/** Attempts at taking the next id when another create takes it first. */
const ID_ATTEMPTS = 3;

/**
 * Creates a matter (office only; the route checks the role): resolves its units, refuses every
 * bad cell at once (422, nothing written), computes the deadline, and writes the matter, its
 * units and the change-log row in one batch.
 */
export async function createMatter(db: Db, caller: Caller, input: MatterInput): Promise<{ record: MatterRecord; resolved: ResolvedAlias[] }> {
  const [directory, loaded, cal] = await Promise.all([loadDirectory(db), loadTasks(db), loadWorkCalendar(db)]);
  const invalid: ErrorDetail[] = [];
  let task: TaskScope | null = null;
  if (input.task != null) {
    const t = loaded.find((x) => x.no === input.task);
    if (t) task = { no: t.no, responsibleIds: resolveResponsibleUnits(t.responsibilities, directory) };
    else invalid.push(detail(null, "task", "unknown_task", `没有第${input.task}项重点工作`));
  }
  const resolvedUnits = resolveMatterUnits(input.lead, input.co, directory, task);
  if (!resolvedUnits.ok) invalid.push(...resolvedUnits.refusals.map((r) => detail(null, r.column, r.code, r.message)));
  if (invalid.length > 0 || !resolvedUnits.ok) throw unprocessable("事项有误，未保存", invalid);

  const { leadId, coIds, resolved } = resolvedUnits;
  const d = matterDeadline(input.assigned, input.days, [], cal);
  const nameOf = (id: number) => directory.units.find((u) => u.id === id)!.name;
  for (let attempt = 1; ; attempt++) {
    const id = await nextMatterId(db);
    const values = {
      id,
      title: input.title,
      taskNo: input.task ?? null,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      leadUnitId: leadId,
      assigned: input.assigned,
      days: input.days,
      deadline: d.deadline,
      originalDeadline: d.original,
      provisional: d.provisional,
    };
    const unitRows = [
      { matterId: id, unitId: leadId, role: "lead" as const },
      ...coIds.map((unitId) => ({ matterId: id, unitId, role: "co" as const })),
    ];
    const writes: Write[] = [
      db.insert(matters).values(values),
      ...chunkForD1(unitRows, 3).map((rows) => db.insert(matterUnits).values(rows)),
      db.insert(changeLog).values({
        actor: actorOf(caller),
        entity: "matters",
        entityId: String(id),
        action: "insert",
        after: { ...values, lead: nameOf(leadId), co: coIds.map(nameOf), status: "办理中", version: 1 },
      }),
    ];
    try {
      await runBatch(db, writes);
    } catch (e) {
      if (attempt < ID_ATTEMPTS && isIdClash(e)) continue;
      throw e;
    }
    return { record: (await findMatter(db, id))!, resolved };
  }
}

/** True when the batch failed because another create took the same matter id first. */
function isIdClash(e: unknown): boolean {
  const text = (x: unknown): string => (x instanceof Error ? `${x.message} ${text(x.cause)}` : "");
  return /UNIQUE constraint failed: matters\.id|PRIMARY KEY/i.test(text(e));
}
