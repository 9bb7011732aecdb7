import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { createMatter, ensureCalendar2026 } from "./matters-fixtures";
import { personToken } from "./people-fixtures";

let office: string;
let leader: string;
let liaison: string;
let author: string;
let colleague: string;
let otherUnit: string;

beforeAll(async () => {
  await ensureCalendar2026();
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  liaison = await personToken(office, "陈联", "县法院", "联络员");
  author = await personToken(office, "林执", "县法院", "执行员");
  colleague = await personToken(office, "周执", "县法院", "执行员");
  otherUnit = await personToken(office, "吴执", "县财政局", "执行员");
});

const report = { task: 14, period: "2026-Q2", progress: "已完成第一批涉税事项" };
const save = async (json: unknown = { kind: "进展报送", report }) => {
  const res = await api("/api/v1/drafts", { method: "POST", token: author, json });
  expect(res.status).toBe(201);
  return res.body as { id: number; version: number };
};
const edit = (id: number, token: string, json: unknown) => api(`/api/v1/drafts/${id}`, { method: "PATCH", token, json });
const remove = (id: number, token: string) => api(`/api/v1/drafts/${id}`, { method: "DELETE", token });
const listed = async (token = liaison) => (await api("/api/v1/drafts", { token })).body.drafts.map((d: { id: number }) => d.id);
const logOf = (id: number) =>
  db().select().from(changeLog).where(and(eq(changeLog.entity, "drafts"), eq(changeLog.entityId, String(id)))).orderBy(changeLog.id);
const rewritten = { kind: "进展报送", report: { ...report, progress: "已完成第二批涉税事项" } };

describe("editing a draft (PATCH /drafts/:id)", () => {
  it("lets the author rewrite it from the version read, and logs the old and new text under his name", async () => {
    const d = await save();
    const res = await edit(d.id, author, { version: 1, draft: rewritten });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: d.id, status: "草稿", version: 2, author: "林执", body: rewritten.report });
    const [, update] = await logOf(d.id);
    expect(update).toMatchObject({ action: "update", before: { body: report, version: 1 }, after: { body: rewritten.report, version: 2 } });
    expect(update!.actor).toMatch(/^unit:县法院\/林执#\d+$/);
    // The 联络员 may correct it before submitting it.
    const byLiaison = await edit(d.id, liaison, { version: 2, draft: { kind: "进展报送", report: { ...report, progress: "联络员改定" } } });
    expect(byLiaison.status).toBe(200);
    expect(byLiaison.body).toMatchObject({ version: 3, body: { progress: "联络员改定" } });
  });

  it("answers a stale version with 409 carrying the draft as it stands, and changes nothing", async () => {
    const d = await save();
    expect((await edit(d.id, author, { version: 1, draft: rewritten })).status).toBe(200);
    const stale = await edit(d.id, liaison, { version: 1, draft: { kind: "进展报送", report } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: d.id, version: 2, body: rewritten.report });
    expect(stale.body.error.details).toEqual([expect.objectContaining({ column: "version", code: "stale" })]);
    expect(await logOf(d.id)).toHaveLength(2);
  });

  it("refuses another 执行员 of the unit (403), another unit (404 as a missing draft), a leader and the office (403)", async () => {
    const d = await save();
    const byColleague = await edit(d.id, colleague, { version: 1, draft: rewritten });
    expect(byColleague.status).toBe(403);
    expect(byColleague.body.error.message).toBe("只有草稿的填写人或本单位联络员可以修改草稿");
    const byOther = await edit(d.id, otherUnit, { version: 1, draft: rewritten });
    expect(byOther.status).toBe(404);
    expect(byOther.body).toEqual((await edit(999_999, otherUnit, { version: 1, draft: rewritten })).body);
    expect((await edit(d.id, leader, { version: 1, draft: rewritten })).status).toBe(403);
    const byOffice = await edit(d.id, office, { version: 1, draft: rewritten });
    expect(byOffice.status).toBe(403);
    expect(byOffice.body.error.message).toBe("草稿由成员单位填写，办公室不能修改");
    expect((await api(`/api/v1/drafts?status=草稿`, { token: liaison })).body.drafts.find((x: { id: number }) => x.id === d.id)).toMatchObject({ version: 1, body: report });
  });

  it("keeps a draft's kind and matter (422 naming the column) and checks the new content as at saving", async () => {
    const m = await createMatter(office);
    const d = await save({ kind: "办结", matter: m.id, version: 1, settled: "2026-05-12", result: "资产已处置" });
    const otherKind = await edit(d.id, author, { version: 1, draft: rewritten });
    expect(otherKind.status).toBe(422);
    expect(otherKind.body.error.details).toEqual([expect.objectContaining({ column: "draft.kind", code: "changed" })]);
    const m2 = await createMatter(office);
    const otherMatter = await edit(d.id, author, { version: 1, draft: { kind: "办结", matter: m2.id, version: 1, settled: "2026-05-12", result: "x" } });
    expect(otherMatter.status).toBe(422);
    expect(otherMatter.body.error.details).toEqual([expect.objectContaining({ column: "draft.matter" })]);
    const beforeAssigned = await edit(d.id, author, { version: 1, draft: { kind: "办结", matter: m.id, version: 1, settled: "2026-04-01", result: "x" } });
    expect(beforeAssigned.status).toBe(422);
    const empty = await edit(d.id, author, { version: 1, draft: { kind: "办结", matter: m.id, version: 1, settled: "2026-05-12", result: "" } });
    expect(empty.status).toBe(422);
    const fine = await edit(d.id, author, { version: 1, draft: { kind: "办结", matter: m.id, version: 1, settled: "2026-05-13", result: "资产已全部处置" } });
    expect(fine.status).toBe(200);
    expect(fine.body.body).toEqual({ version: 1, settled: "2026-05-13", result: "资产已全部处置" });
  });
});

describe("deleting a draft (DELETE /drafts/:id)", () => {
  it("lets the author, the unit's 联络员 and the office delete one, each logged with what it held", async () => {
    for (const [token, actor] of [[author, /^unit:县法院\/林执#/], [liaison, /^unit:县法院\/陈联#/], [office, /^office/]] as const) {
      const d = await save();
      const res = await remove(d.id, token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: d.id, status: "草稿" });
      expect(await listed()).not.toContain(d.id);
      const [, deleted] = await logOf(d.id);
      expect(deleted).toMatchObject({ action: "delete", before: { kind: "进展报送", body: report, author: "林执", version: 1 }, after: null });
      expect(deleted!.actor).toMatch(actor);
      expect((await remove(d.id, token)).status).toBe(404);
    }
  });

  it("refuses another 执行员 of the unit (403) while sign-off is on, another unit (404) and a leader (403)", async () => {
    const d = await save();
    const byColleague = await remove(d.id, colleague);
    expect(byColleague.status).toBe(403);
    expect(byColleague.body.error.message).toBe("只有草稿的填写人或本单位联络员可以删除草稿");
    expect((await remove(d.id, otherUnit)).status).toBe(404);
    expect((await remove(d.id, leader)).status).toBe(403);
    expect(await listed()).toContain(d.id);
    expect(await logOf(d.id)).toHaveLength(1);
    // With sign-off off, anyone of the unit submits, and so may delete.
    expect((await api("/api/v1/sign-off", { method: "PUT", token: office, json: { enabled: false } })).status).toBe(200);
    try {
      expect((await remove(d.id, colleague)).status).toBe(200);
    } finally {
      await api("/api/v1/sign-off", { method: "PUT", token: office, json: { enabled: true } });
    }
  });
});

describe("a submitted draft (已报送)", () => {
  it("can no longer be edited or deleted (409 with the draft as submitted), by anyone", async () => {
    const d = await save();
    expect((await api(`/api/v1/drafts/${d.id}/submit`, { method: "POST", token: liaison, json: { version: 1 } })).status).toBe(200);
    const edited = await edit(d.id, author, { version: 2, draft: rewritten });
    expect(edited.status).toBe(409);
    expect(edited.body.error).toMatchObject({ message: "该草稿已报送，不能再修改", current: { id: d.id, status: "已报送", submittedBy: "陈联" } });
    for (const token of [author, liaison, office]) {
      const deleted = await remove(d.id, token);
      expect(deleted.status).toBe(409);
      expect(deleted.body.error).toMatchObject({ message: "该草稿已报送，不能删除", current: { status: "已报送" } });
    }
    expect(await listed()).toContain(d.id);
    expect((await logOf(d.id)).map((l) => l.action)).toEqual(["insert", "submit"]);
  });
});

describe("changes to one draft at once (real concurrency on D1)", () => {
  // Periods no earlier test has submitted a report for: a draft for a period that has a report must
  // name the report's version (a row without one where one exists is refused 409).
  const fresh = (period: string) => ({ kind: "进展报送", report: { ...report, period } });

  it("from the same version: exactly one edit is stored, the others 409 with the draft as it then stands", async () => {
    const d = await save(fresh("2026-Q3"));
    const texts = Array.from({ length: 6 }, (_, i) => `第${i + 1}次修改`);
    const results = await Promise.all(
      texts.map((progress, i) => edit(d.id, i % 2 ? liaison : author, { version: 1, draft: { kind: "进展报送", report: { ...report, period: "2026-Q3", progress } } })),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual(Array(5).fill(409));
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.current).toMatchObject({ version: 2, body: ok[0]!.body.body });
    expect((await logOf(d.id)).filter((l) => l.action === "update")).toHaveLength(1);
  });

  it("a delete racing the 联络员's submission: the draft is either submitted or deleted, never both", async () => {
    const d = await save(fresh("2026-Q1"));
    const [submitted, deleted] = await Promise.all([
      api(`/api/v1/drafts/${d.id}/submit`, { method: "POST", token: liaison, json: { version: 1 } }),
      remove(d.id, author),
    ]);
    // The one that loses is told so: a delete after the submission 409, a submission after the delete 404.
    if (submitted.status === 200) expect(deleted.status).toBe(409);
    else {
      expect(deleted.status).toBe(200);
      expect(submitted.status).toBe(404);
      expect(submitted.body.error.message).toMatch(/^没有这份草稿/);
    }
    const actions = (await logOf(d.id)).map((l) => l.action);
    expect(actions).toEqual(submitted.status === 200 ? ["insert", "submit"] : ["insert", "delete"]);
    expect((await listed()).includes(d.id)).toBe(submitted.status === 200);
  });
});
