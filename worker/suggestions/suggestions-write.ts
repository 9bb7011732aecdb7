import { and, eq, sql } from "drizzle-orm";
import { changeLog, suggestions } from "../../schema/tables";
import type { SuggestionInput, SuggestionPatch, SuggestionReply } from "../../schema/contracts/suggestions";
import { daysAfter } from "../../domain/calendar";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch } from "../platform/batch";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { readSetting } from "../platform/settings";
import { ensureRegisterMay, registerUnitId } from "../platform/register-access";
import { findSuggestion, findSuggestionByNo, type SuggestionRecord } from "./suggestions-queries";
import { suggestionToWire } from "./suggestion-to-wire";

const MISSING = "没有这份司法建议";

async function refuseTakenNo(db: Db, no: string, self: number | null, today: string): Promise<void> {
  const have = await findSuggestionByNo(db, no);
  if (have && have.id !== self) throw conflict(`文号 ${no} 已登记（致${have.addressee}），请核对文号`, { current: suggestionToWire(have, today) }, [detail(null, "no", "taken", `文号 ${no} 已登记`)]);
}

/** Issues a 司法建议 (the court or the office); the limit defaults to the setting `suggestionReplyDays`. */
export async function createSuggestion(db: Db, caller: Caller, input: SuggestionInput, today: string): Promise<SuggestionRecord> {
  const addressee = await registerUnitId(db, input.addressee, "addressee");
  await ensureRegisterMay(db, caller, [addressee.id], "issue_suggestion", MISSING);
  await refuseTakenNo(db, input.no, null, today);
  const replyDays = input.replyDays ?? (await readSetting(db, "suggestionReplyDays"));
  const f = { no: input.no, issuedOn: input.issuedOn, addresseeId: addressee.id, subject: input.subject, kind: input.kind, replyDays, replyBy: daysAfter(input.issuedOn, replyDays)! };
  const [rows] = await db.batch([
    db.insert(suggestions).values(f).returning({ id: suggestions.id }),
    db.insert(changeLog).values({ actor: actorOf(caller), entity: "suggestions", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: { ...f, addressee: addressee.name } }),
  ]);
  return (await findSuggestion(db, rows[0]!.id))!;
}

const staleError = (have: SuggestionRecord, version: number, today: string) =>
  conflict("该司法建议已被他人修改，请按最新数据重新修改", { current: suggestionToWire(have, today) }, [detail(null, "version", "stale", `提交的版本为 ${version}，当前版本为 ${have.version}`)]);

/** Writes a change and its log line from the version read; a lost race is 409 like a stale version. */
async function guardedUpdate(db: Db, caller: Caller, have: SuggestionRecord, set: Partial<typeof suggestions.$inferInsert>, action: string, today: string): Promise<SuggestionRecord> {
  const { id, version } = have;
  try {
    await runBatch(db, [
      db.update(suggestions).set({ ...set, version: version + 1 }).where(and(eq(suggestions.id, id), eq(suggestions.version, version))),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "suggestions", entityId: idIfChanged(String(id)), action, before: have, after: { ...set, version: version + 1 } }),
    ]);
  } catch (e) {
    if (lostRace(e)) throw conflict("该司法建议刚被他人修改，本次未保存", { current: suggestionToWire((await findSuggestion(db, id))!, today) });
    throw e;
  }
  return (await findSuggestion(db, id))!;
}

/** Corrects a 司法建议's fields (the court or the office); the limit is recomputed. */
export async function patchSuggestion(db: Db, caller: Caller, id: number, patch: SuggestionPatch, today: string): Promise<SuggestionRecord> {
  const have = await findSuggestion(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, [have.addresseeId], "issue_suggestion", MISSING);
  if (patch.version !== have.version) throw staleError(have, patch.version, today);
  const addressee = patch.addressee !== undefined ? await registerUnitId(db, patch.addressee, "addressee") : { id: have.addresseeId };
  if (patch.no !== undefined) await refuseTakenNo(db, patch.no, id, today);
  const issuedOn = patch.issuedOn ?? have.issuedOn;
  const replyDays = patch.replyDays ?? have.replyDays;
  const set = { no: patch.no ?? have.no, issuedOn, addresseeId: addressee.id, subject: patch.subject ?? have.subject, kind: patch.kind ?? have.kind, replyDays, replyBy: daysAfter(issuedOn, replyDays)! };
  return guardedUpdate(db, caller, have, set, "update", today);
}

/** The addressee's reply (or the office's, from a paper reply): 未采纳 needs a reason; not before the day issued. */
export async function replySuggestion(db: Db, caller: Caller, id: number, input: SuggestionReply, today: string): Promise<SuggestionRecord> {
  const have = await findSuggestion(db, id);
  if (!have) throw notFound(MISSING);
  await ensureRegisterMay(db, caller, [have.addresseeId], "reply_suggestion", MISSING);
  if (input.version !== have.version) throw staleError(have, input.version, today);
  const bad = (column: string, code: string, message: string) => unprocessable("提交的数据有误，未保存", [detail(null, column, code, message)]);
  if (input.adoption === "未采纳" && !input.reason) throw bad("reason", "required", "未采纳的，请填写理由");
  if (input.repliedOn < have.issuedOn) throw bad("repliedOn", "before_issued", `回复日期不能早于发出日期 ${have.issuedOn}`);
  if (input.repliedOn > today) throw bad("repliedOn", "future", `回复日期不能晚于今天 ${today}`);
  const set = { repliedOn: input.repliedOn, adoption: input.adoption, reply: input.reply, reason: input.reason ?? null };
  return guardedUpdate(db, caller, have, set, "reply", today);
}
