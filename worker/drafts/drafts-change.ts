import { and, eq } from "drizzle-orm";
import { changeLog, drafts } from "../../schema/tables";
import type { DraftPatch } from "../../schema/contracts/drafts";
import { relationToDraft } from "../../domain/access";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch, type Write } from "../platform/batch";
import { ensureMay } from "../platform/access";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { readSetting } from "../platform/settings";
import { draftToWire, findDraft, type DraftRecord } from "./drafts-queries";
import { checkedBody } from "./drafts-write";

const missing = () => notFound("没有这份草稿");

/**
 * The draft `id` as `caller` may change it by `action`: another unit's answers as a missing one
 * (404), a refused tie is 403, and a submitted draft (已报送) is 409 with the row as it stands.
 */
async function draftToChange(db: Db, caller: Caller, action: "edit_draft" | "delete_draft", id: number): Promise<DraftRecord> {
  const d = await findDraft(db, id);
  if (!d) throw missing();
  const tie = relationToDraft(
    { role: caller.role, post: caller.post, unitId: caller.role === "unit" ? caller.unitId : undefined, personId: caller.person?.id ?? null },
    d,
    await readSetting(db, "signOff"),
  );
  // Another unit's draft is hidden: it answers as a missing one, before its state is told.
  ensureMay(caller, tie, action, missing);
  if (d.status !== "草稿") {
    const message = action === "edit_draft" ? "该草稿已报送，不能再修改" : "该草稿已报送，不能删除";
    throw conflict(message, { current: draftToWire(d) }, [detail(null, "status", "submitted", message)]);
  }
  return d;
}

/** Runs a draft's guarded batch; losing the race to another change answers 409 with the row now (404 once deleted). */
async function guarded(db: Db, id: number, writes: Write[]): Promise<void> {
  try {
    await runBatch(db, writes);
  } catch (e) {
    if (!lostRace(e)) throw e;
    const now = await findDraft(db, id);
    if (!now) throw missing();
    throw conflict("该草稿刚被他人修改或报送，本次未保存", { current: draftToWire(now) });
  }
}

/**
 * Rewrites a draft not yet submitted, from the version read, by its author or whoever of the
 * unit may submit it. Its kind and matter stay; the new content is checked as at saving. The old
 * and new content go to the change log.
 */
export async function editDraft(db: Db, caller: Caller, id: number, patch: DraftPatch, today: string): Promise<DraftRecord> {
  const d = await draftToChange(db, caller, "edit_draft", id);
  if (d.version !== patch.version) {
    throw conflict("该草稿已被他人修改，请按最新数据重新操作", { current: draftToWire(d) }, [
      detail(null, "version", "stale", `提交的版本为 ${patch.version}，当前版本为 ${d.version}`),
    ]);
  }
  const input = patch.draft;
  if (input.kind !== d.kind) {
    const message = `草稿类型不能修改（当前为${d.kind}），请删除后重新保存`;
    throw unprocessable(message, [detail(null, "draft.kind", "changed", message)]);
  }
  if ("matter" in input && input.matter !== d.matter) {
    const message = `草稿所属事项不能修改（当前为事项 ${d.matter}），请删除后重新保存`;
    throw unprocessable(message, [detail(null, "draft.matter", "changed", message)]);
  }
  const { body } = await checkedBody(db, caller, input, today);
  await guarded(db, id, [
    db
      .update(drafts)
      .set({ body, version: d.version + 1, updatedAt: new Date() })
      .where(and(eq(drafts.id, id), eq(drafts.version, d.version), eq(drafts.status, "草稿"))),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "drafts",
      entityId: idIfChanged(String(id)),
      action: "update",
      before: { body: d.body, version: d.version },
      after: { body, version: d.version + 1 },
    }),
  ]);
  return (await findDraft(db, id))!;
}

/** Deletes a draft not yet submitted (its author, whoever of the unit may submit it, or the office); the log keeps what it held. */
export async function deleteDraft(db: Db, caller: Caller, id: number): Promise<DraftRecord> {
  const d = await draftToChange(db, caller, "delete_draft", id);
  await guarded(db, id, [
    db.delete(drafts).where(and(eq(drafts.id, id), eq(drafts.status, "草稿"))),
    db.insert(changeLog).values({
      actor: actorOf(caller),
      entity: "drafts",
      entityId: idIfChanged(String(id)),
      action: "delete",
      before: { kind: d.kind, matter: d.matter, body: d.body, author: d.author, version: d.version },
      after: null,
    }),
  ]);
  return d;
}
