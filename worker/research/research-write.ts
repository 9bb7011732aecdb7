import { and, eq, sql } from "drizzle-orm";
import { changeLog, research, researchApprovals, researchDrafts } from "../../schema/tables";
import type { ResearchApprovalInput, ResearchDraftInput } from "../../schema/contracts/research";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { draftDays } from "./research-create";
import { findResearch, type ResearchRecord } from "./research-queries";
import { pendingOf, researchToWire } from "./research-to-wire";

/** A closed item (已发文) takes no new draft, answer or issuance: 409 with the item as it stands. */
function ensureOpen(r: ResearchRecord): void {
  if (r.status === "调研中") return;
  const message = `该联合调研已联合发文（${r.docNo}），不能再修改`;
  throw conflict(message, { current: researchToWire(r) }, [detail(null, "status", "issued", message)]);
}

/** Runs a guarded change; when another change got there first, 409 with the item as it now stands. */
async function runGuarded(db: Db, id: number, writes: Write[], stale: () => ReturnType<typeof detail>): Promise<void> {
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (!lostRace(e)) throw e;
    const r = await findResearch(db, id);
    throw conflict("该联合调研刚被他人修改，本次操作未保存，请按最新数据重新操作", { current: r && researchToWire(r) }, [stale()]);
  }
}

const logRow = (db: Db, caller: Caller, id: number, action: string, after: unknown) =>
  db.insert(changeLog).values({ actor: actorOf(caller), entity: "research", entityId: idIfChanged(String(id)), action, after });

/** A new draft version (the office or the lead unit): every party answers again, within a new limit. */
export async function replaceDraft(db: Db, caller: Caller, r: ResearchRecord, input: ResearchDraftInput, today: string): Promise<void> {
  ensureOpen(r);
  const next = r.draftVersion + 1;
  const draft = { kind: input.kind, title: input.title, text: input.text ?? null, attachment: input.attachment ?? null, ...(await draftDays(db, today)) };
  await runGuarded(
    db,
    r.id,
    [
      db
        .update(research)
        .set({ draftVersion: next, version: input.version + 1 })
        .where(and(eq(research.id, r.id), eq(research.version, input.version), eq(research.status, "调研中"))),
      logRow(db, caller, r.id, "draft", { version: next, ...draft }),
      db.insert(researchDrafts).values({ researchId: r.id, version: next, ...draft }),
    ],
    () => detail(null, "version", "stale", `提交的版本为 ${input.version}，当前版本为 ${r.version}`),
  );
}

/**
 * A party's 同意 / 不同意 on the current draft (a unit for itself, the office for the office). It
 * bumps the item's version, so an issuance read before it is refused; it is refused itself when a
 * newer draft or the issuance came first.
 */
export async function approve(db: Db, caller: Caller, r: ResearchRecord, input: ResearchApprovalInput, today: string): Promise<void> {
  ensureOpen(r);
  const draftVersion = input.draftVersion ?? r.draftVersion;
  const staleDraft = () => detail(null, "draftVersion", "stale", `审定的是第 ${draftVersion} 稿，当前为第 ${r.draftVersion} 稿，请审阅新稿后再提交`);
  if (draftVersion !== r.draftVersion) {
    throw conflict("文稿已更新，本次审定未保存，请审阅新稿后再提交", { current: researchToWire(r) }, [staleDraft()]);
  }
  const unitId = caller.role === "unit" ? caller.unitId : null;
  const answer = { decision: input.decision, opinion: input.opinion ?? null, on: today };
  await runGuarded(
    db,
    r.id,
    [
      db
        .update(research)
        .set({ version: sql`${research.version} + 1` })
        .where(and(eq(research.id, r.id), eq(research.draftVersion, draftVersion), eq(research.status, "调研中"))),
      logRow(db, caller, r.id, "approval", { draftVersion, unitId, ...answer }),
      db.insert(researchApprovals).values({ researchId: r.id, draftVersion, unitId, ...answer, actor: actorOf(caller) }),
    ],
    staleDraft,
  );
}

/**
 * Joint issuance (联合发文, office): refused (422, one detail per party) until every party has
 * approved the current draft; written only if nothing changed since the approvals were read.
 */
export async function issue(db: Db, caller: Caller, r: ResearchRecord, docNo: string, today: string): Promise<void> {
  ensureOpen(r);
  const pending = pendingOf(r);
  if (pending.length > 0) {
    const details = pending.map((p) => {
      const answer = r.answers.filter((a) => a.unitId === p.id).at(-1);
      const why = answer ? "不同意" : "尚未审定";
      return detail(null, "approvals", "not_approved", `${p.name}${why}当前文稿（第 ${r.draftVersion} 稿）`);
    });
    throw unprocessable(`还有 ${pending.length} 家单位未同意当前文稿，不能联合发文`, details);
  }
  await runGuarded(
    db,
    r.id,
    [
      db
        .update(research)
        .set({ status: "已发文", docNo, issuedOn: today, version: r.version + 1 })
        .where(and(eq(research.id, r.id), eq(research.version, r.version), eq(research.status, "调研中"))),
      logRow(db, caller, r.id, "issue", { docNo, issuedOn: today, draftVersion: r.draftVersion }),
    ],
    () => detail(null, "version", "stale", "审定意见刚有变化，请重新查看后再发文"),
  );
}
