import { sql } from "drizzle-orm";
import { changeLog, research, researchDrafts, researchUnits } from "../../schema/tables";
import { officeParty, researchApprovalWorkdays } from "../../schema/values";
import type { ResearchInput } from "../../schema/contracts/research";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { resolveUnitName } from "../../domain/responsibility";
import { deadlineAfter } from "../../domain/calendar";
import type { Db } from "../platform/db";
import { chunkForD1 } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { detail, unprocessable } from "../platform/errors";
import { loadDirectory, type Directory } from "../platform/directory";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { findResearch, newResearchId, type ResearchRecord } from "./research-queries";

/** A draft as stored: the day it was put forward and the day answers are due (10 working days on). */
export async function draftDays(db: Db, today: string) {
  const due = deadlineAfter(today, researchApprovalWorkdays, await loadWorkCalendar(db));
  return { on: today, approvalsDue: due.deadline, provisional: due.provisional };
}

/**
 * The lead and the units involved, as written, resolved to ids: 办公室 is the office (always
 * involved, never stored as a unit); the lead is involved too. Every bad name is refused at once.
 */
function resolveParties(directory: Directory, written: ReadonlyArray<string>, lead: string) {
  const invalid: ErrorDetail[] = [];
  const ids: number[] = [];
  const resolveOne = (name: string, column: "units" | "lead", label: string): number | null | undefined => {
    if (name === officeParty) return null;
    const r = resolveUnitName(name, directory);
    if (r === null) invalid.push(detail(null, column, "unknown_unit", `${label}「${name}」不在单位名录中`));
    else if (r.kind === "group") invalid.push(detail(null, column, "group_not_unit", `${label}「${name}」是单位集合，请写具体单位`));
    else return r.id;
    return undefined;
  };
  for (const name of written) {
    const id = resolveOne(name, "units", "参与单位");
    if (typeof id !== "number") continue;
    if (ids.includes(id)) invalid.push(detail(null, "units", "duplicate", `参与单位「${name}」重复填写`));
    else ids.push(id);
  }
  const leadId = resolveOne(lead, "lead", "牵头单位");
  if (invalid.length > 0 || leadId === undefined) throw unprocessable("联合调研有误，未保存", invalid);
  if (leadId !== null && !ids.includes(leadId)) ids.push(leadId);
  return { leadId, unitIds: ids };
}

/** Creates a research item (office only; the route checks): its units, its first draft and the log row, in one batch. */
export async function createResearch(db: Db, caller: Caller, input: ResearchInput, today: string): Promise<ResearchRecord> {
  const { leadId, unitIds } = resolveParties(await loadDirectory(db), input.units, input.lead);
  const days = await draftDays(db, today);
  const draft = { kind: input.draft.kind, title: input.draft.title, text: input.draft.text ?? null, attachment: input.draft.attachment ?? null, ...days };
  const after = { topic: input.topic, leadUnitId: leadId, unitIds, draft: { version: 1, ...draft } };
  const [inserted] = await db.batch([
    db.insert(research).values({ topic: input.topic, leadUnitId: leadId }).returning({ id: research.id }),
    ...chunkForD1(unitIds, 2).map((ids) => db.insert(researchUnits).values(ids.map((unitId) => ({ researchId: newResearchId, unitId })))),
    db.insert(researchDrafts).values({ researchId: newResearchId, version: 1, ...draft }),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "research",
      entityId: sql<string>`cast(${newResearchId} as text)`,
      action: "insert",
      after: sql`json_set(${JSON.stringify(after)}, '$.id', ${newResearchId})`,
    }),
  ]);
  return (await findResearch(db, inserted[0]!.id))!;
}
