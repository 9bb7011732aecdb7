import { and, eq, sql } from "drizzle-orm";
import { changeLog, drafts } from "../../schema/tables";
import type { DraftInput } from "../../schema/contracts/drafts";
import type { MatterPatch } from "../../schema/contracts/matters";
import type { ReportInputRow } from "../../schema/contracts/reports";
import { relationToSignOff, relationToUnit } from "../../domain/access";
import { settleMatter } from "../../domain/matters/settle-matter";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import type { Write } from "../platform/batch";
import { ensureMay } from "../platform/access";
import { ApiError, conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged } from "../platform/guarded-log";
import { readSetting } from "../platform/settings";
import { matterFor } from "../matters/matter-access";
import { patchMatter } from "../matters/matters-update";
import { checkedReports, submitReports } from "../reports/reports-submit";
import { draftToWire, findDraft, type DraftRecord } from "./drafts-queries";

/** The write a draft carries, checked now as it will be when submitted. */
export async function checkedBody(db: Db, caller: Caller, input: DraftInput, today: string): Promise<{ matterId: number | null; body: object }> {
  if (input.kind === "进展报送") {
    await checkedReports(db, caller, [input.report]);
    return { matterId: null, body: input.report };
  }
  if (input.kind === "协办情况") {
    await matterFor(db, caller, "contribute_to_matter", input.matter);
    return { matterId: input.matter, body: { version: input.version, contribution: input.contribution } };
  }
  const m = await matterFor(db, caller, "settle_matter", input.matter);
  const outcome = settleMatter(m, input.settled, today);
  if (!outcome.ok && outcome.refusal.code !== "already_settled") {
    const { column, code, message } = outcome.refusal;
    throw unprocessable(message, [detail(null, column, code, message)]);
  }
  return { matterId: input.matter, body: { version: input.version, settled: input.settled, result: input.result } };
}

/** Saves a unit's draft (草稿): visible to the unit, counting for nothing until submitted. */
export async function createDraft(db: Db, caller: Caller, input: DraftInput, today: string): Promise<DraftRecord> {
  if (caller.role !== "unit") throw new Error("save_draft is a unit's action");
  const { matterId, body } = await checkedBody(db, caller, input, today);
  const [row] = await db.batch([
    db.insert(drafts).values({ unitId: caller.unitId, kind: input.kind, matterId, body, authorId: caller.person?.id ?? null }).returning({ id: drafts.id }),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "drafts",
      entityId: sql<string>`cast(last_insert_rowid() as text)`,
      action: "insert",
      after: { kind: input.kind, matter: matterId, body },
    }),
  ]);
  return (await findDraft(db, row[0]!.id))!;
}

/**
 * The unit's 联络员 submits a draft (报送): it is written as his own write of today, so the
 * on-time rules use today; the draft is marked 已报送 in the same batch. While sign-off is on,
 * an 执行员 is refused (403); another unit's draft answers as a missing one (404).
 */
export async function submitDraft(db: Db, caller: Caller, id: number, version: number, today: string): Promise<DraftRecord> {
  const d = await findDraft(db, id);
  if (!d) throw notFound("没有这份草稿");
  ensureMay(caller, relationToUnit(caller, d.unitId), "see_draft", () => notFound("没有这份草稿"));
  ensureMay(caller, relationToSignOff(caller, await readSetting(db, "signOff")), "submit_draft");
  if (d.status !== "草稿") throw conflict("该草稿已报送，不能再次报送", { current: draftToWire(d) });
  if (d.version !== version) {
    throw conflict("该草稿已被他人修改，请按最新数据重新操作", { current: draftToWire(d) }, [
      detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${d.version}`),
    ]);
  }
  const also: Write[] = [
    db
      .update(drafts)
      .set({ status: "已报送", submittedOn: today, submittedBy: caller.person?.id ?? null, version: d.version + 1 })
      .where(and(eq(drafts.id, id), eq(drafts.version, d.version), eq(drafts.status, "草稿"))),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "drafts",
      entityId: idIfChanged(String(id)),
      action: "submit",
      before: { status: d.status, author: d.author },
      after: { status: "已报送", submittedOn: today },
    }),
  ];
  try {
    if (d.kind === "进展报送") await submitReports(db, caller, [d.body as ReportInputRow], today, also);
    else await patchMatter(db, caller, d.matter!, d.body as MatterPatch, today, { also });
  } catch (e) {
    // The batch lost to a change of the draft itself (deleted, edited or submitted meanwhile): say so of the draft.
    if (!(e instanceof ApiError) || e.status !== 409) throw e;
    const now = await findDraft(db, id);
    if (!now) throw notFound("没有这份草稿（已被删除）");
    if (now.version !== d.version) throw conflict("该草稿刚被他人修改或报送，本次未报送", { current: draftToWire(now) });
    throw e;
  }
  return (await findDraft(db, id))!;
}

