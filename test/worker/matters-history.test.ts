import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, createMatter, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const history = (id: number, token: string) => api(`/api/v1/matters/${id}/history`, { token });
const contribute = (id: number, version: number, contribution: string) =>
  api(`/api/v1/matters/${id}`, { method: "PATCH", token: t.econ, json: { version, contribution } });
const restore = (id: number, token: string, json: unknown) => api(`/api/v1/matters/${id}/restore`, { method: "POST", token, json });
const logCount = async (id: number) =>
  (await db().select({ n: count() }).from(changeLog).where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(id)))))[0]!.n;

/** A matter whose co-unit wrote two notes: creation, note 1, note 2 (version 3). */
async function withTwoNotes() {
  const m = await createMatter(t.office);
  expect((await contribute(m.id, 1, "已提供企业名录")).status).toBe(200);
  expect((await contribute(m.id, 2, "已提供企业名录及资产清单")).status).toBe(200);
  return m;
}

describe("GET /api/v1/matters/:id/history", () => {
  it("lists every change in order, with who made it, its version and the values before and after", async () => {
    const m = await withTwoNotes();
    const settled = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 3, settled: "2026-05-08", result: "资产已处置" } });
    expect(settled.status).toBe(200);
    const res = await history(m.id, t.office);
    expect(res.status).toBe(200);
    const rows = res.body.changes.map((c: any) => [c.action, c.actionLabel, c.actor, c.unit, c.version]);
    expect(rows).toEqual([
      ["insert", "新建", "办公室", "办公室", 1],
      ["contribute", "填写协办情况", "县科商经信局", "县科商经信局", 2],
      ["contribute", "填写协办情况", "县科商经信局", "县科商经信局", 3],
      ["settle", "办结", "县法院", "县法院", 4],
    ]);
    const ids = res.body.changes.map((c: any) => c.change);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(res.body.changes[2]).toMatchObject({ person: null, before: { contribution: "已提供企业名录" }, after: { contribution: "已提供企业名录及资产清单" } });
    expect(res.body.changes[0].after).toMatchObject({ title: m.title, lead: "县法院", co: ["县科商经信局"] });
    expect(res.body.changes.every((c: any) => typeof c.at === "number")).toBe(true);
  });

  it("names the person behind a change with his post, from a person's token (the log's `unit:<unit>/<name>#<id>`)", async () => {
    const [seat] = (await api("/api/v1/people?unit=县科商经信局&post=联络员", { token: t.office })).body.people;
    const named = await api(`/api/v1/people/${seat.id}`, { method: "PATCH", token: t.office, json: { version: seat.version, name: "冯联络" } });
    expect(named.status).toBe(200);
    const staff = await api("/api/v1/people", { method: "POST", token: t.office, json: { name: "褚办公", unit: "县司法局", post: "办公室" } });
    const tokenOf = async (id: number) => (await api(`/api/v1/people/${id}/tokens`, { method: "POST", token: t.office, json: {} })).body.secret as string;
    const [liaison, clerk] = [await tokenOf(seat.id), await tokenOf(staff.body.id)];
    const m = await createMatter(clerk);
    expect((await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: liaison, json: { version: 1, contribution: "已提供名录" } })).status).toBe(200);

    const res = await history(m.id, t.court);
    expect(res.status).toBe(200);
    expect(res.body.changes.map((c: any) => [c.action, c.person, c.personId, c.post, c.unit, c.actor])).toEqual([
      ["insert", "褚办公", staff.body.id, "办公室", "办公室", "褚办公（办公室）"],
      ["contribute", "冯联络", seat.id, "联络员", "县科商经信局", "冯联络（县科商经信局 联络员）"],
    ]);
  });

  it("is visible to the lead, a co-unit and a leader; a unit outside gets the same 404 as a missing matter", async () => {
    const m = await createMatter(t.office);
    for (const token of [t.court, t.econ, t.leader]) expect((await history(m.id, token)).status).toBe(200);
    const outside = await history(m.id, t.finance);
    const missing = await history(999999, t.finance);
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual({ ...missing.body, error: { ...missing.body.error, message: `没有编号为 ${m.id} 的事项` } });
    expect(JSON.stringify(outside.body)).not.toContain("县法院");
  });
});

describe("POST /api/v1/matters/:id/restore", () => {
  it("restores the fields as they were after an earlier change, as a new version with its own log line", async () => {
    const m = await withTwoNotes();
    const before = await history(m.id, t.office);
    const firstNote = before.body.changes[1].change;
    const lines = await logCount(m.id);
    const res = await restore(m.id, t.office, { version: 3, change: firstNote });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(4);
    expect(res.body.contributions.map((c: any) => [c.unit, c.contribution])).toEqual([["县科商经信局", "已提供企业名录"]]);
    expect(await logCount(m.id)).toBe(lines + 1);
    const after = await history(m.id, t.office);
    expect(after.body.changes.slice(0, 3)).toEqual(before.body.changes);
    expect(after.body.changes[3]).toMatchObject({
      action: "restore",
      actionLabel: "恢复历史版本",
      actor: "办公室",
      version: 4,
      before: { contributions: { 县科商经信局: "已提供企业名录及资产清单" } },
      after: { contributions: { 县科商经信局: "已提供企业名录" }, restoredFrom: firstNote },
    });
    // Restoring the creation goes back further still: no note at all.
    const toCreation = await restore(m.id, t.office, { version: 4, change: before.body.changes[0].change });
    expect(toCreation.status).toBe(200);
    expect(toCreation.body.contributions).toEqual([]);
    expect(toCreation.body.version).toBe(5);
  });

  it("refuses a stale version with 409 and the current matter, writing nothing", async () => {
    const m = await withTwoNotes();
    const change = (await history(m.id, t.office)).body.changes[1].change;
    const lines = await logCount(m.id);
    const res = await restore(m.id, t.office, { version: 2, change });
    expect(res.status).toBe(409);
    expect(res.body.error.current.version).toBe(3);
    expect(res.body.error.details[0]).toMatchObject({ column: "version", code: "stale" });
    expect(await logCount(m.id)).toBe(lines);
  });

  it("refuses a leader and a unit (403) and a unit outside the matter alike, before reading the matter", async () => {
    const m = await withTwoNotes();
    const change = (await history(m.id, t.office)).body.changes[1].change;
    const leader = await restore(m.id, t.leader, { version: 3, change });
    expect(leader.status).toBe(403);
    expect(leader.body.error.message).toBe("此操作仅限办公室");
    expect((await restore(m.id, t.court, { version: 3, change })).status).toBe(403);
    expect((await restore(m.id, t.finance, { version: 3, change })).status).toBe(403);
    expect((await api(`/api/v1/matters/${m.id}`, { token: t.office })).body.version).toBe(3);
  });

  it("refuses a settled matter waiting for review with 409 in Chinese", async () => {
    const m = await withTwoNotes();
    const change = (await history(m.id, t.office)).body.changes[1].change;
    await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.court, json: { version: 3, settled: "2026-05-08", result: "资产已处置" } });
    const res = await restore(m.id, t.office, { version: 4, change });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("事项待审核，不能恢复历史版本；如需修改，请先重新打开事项");
  });

  it("refuses (422) a change of another matter, a change equal to now, and an unknown field", async () => {
    const m = await withTwoNotes();
    const other = await createMatter(t.office);
    const otherChange = (await history(other.id, t.office)).body.changes[0].change;
    const foreign = await restore(m.id, t.office, { version: 3, change: otherChange });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details[0]).toMatchObject({ column: "change", code: "unknown_change" });
    const latest = (await history(m.id, t.office)).body.changes[2].change;
    const same = await restore(m.id, t.office, { version: 3, change: latest });
    expect(same.status).toBe(422);
    expect(same.body.error.message).toBe("该版本与当前内容相同，无需恢复");
    const extra = await restore(m.id, t.office, { version: 3, change: latest, title: "x" });
    expect(extra.status).toBe(422);
  });
});

describe("restoring a correction's fields (the log line a correction of the matter writes)", () => {
  it("writes back title, days (the deadline follows), and the co-units with their notes", async () => {
    const m = await withTwoNotes();
    // The matter-correction route logs the office's edit as below; it is written here directly, as
    // that route would, so the restore of its fields is exercised on real D1.
    const [corr] = await db()
      .insert(changeLog)
      .values({ actor: "office", entity: "matters", entityId: String(m.id), action: "correct", before: { title: m.title, days: 10 }, after: { title: "更正后的事项名称", days: 15, co: ["县科商经信局", "县财政局"] } })
      .returning({ id: changeLog.id });
    const res = await restore(m.id, t.office, { version: 3, change: corr!.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: "更正后的事项名称", days: 15, lead: "县法院", version: 4, originalDeadline: "2026-05-25", deadline: "2026-05-25" });
    expect([...res.body.co].sort()).toEqual(["县科商经信局", "县财政局"].sort());
    expect(res.body.contributions.map((c: any) => [c.unit, c.contribution])).toEqual([["县科商经信局", "已提供企业名录及资产清单"]]);
    expect((await history(m.id, t.finance)).status).toBe(200);
    // And back to the creation: the old title, 10 days, one co-unit, no note; 县财政局 no longer sees it.
    const first = (await history(m.id, t.office)).body.changes[0].change;
    const back = await restore(m.id, t.office, { version: 4, change: first });
    expect(back.body).toMatchObject({ title: m.title, days: 10, co: ["县科商经信局"], deadline: m.deadline, contributions: [], version: 5 });
    expect((await history(m.id, t.finance)).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("lists the history and restore routes of matters and reports, with the restore body", async () => {
    const doc = (await api("/api/v1/openapi.json")).body;
    for (const p of ["/api/v1/matters/{id}/history", "/api/v1/reports/{id}/history"]) expect(doc.paths[p]?.get).toBeDefined();
    for (const p of ["/api/v1/matters/{id}/restore", "/api/v1/reports/{id}/restore"]) expect(doc.paths[p]?.post).toBeDefined();
    expect(Object.keys(doc.components.schemas.Restore.properties)).toEqual(["version", "change"]);
  });
});

describe("restoring a corrected matter", () => {
  it("puts back the title and days a correction changed, as a new version with its own log line", async () => {
    const m = await createMatter(t.office);
    const corrected = await api(`/api/v1/matters/${m.id}`, { method: "PATCH", token: t.office, json: { version: 1, title: "更正后的事项名称", days: 15, reason: "交办时期限写错" } });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ title: "更正后的事项名称", days: 15, version: 2 });

    const changes = (await history(m.id, t.office)).body.changes as { change: number; action: string; actionLabel: string }[];
    expect(changes.map((c) => [c.action, c.actionLabel])).toEqual([["insert", "新建"], ["correct", "更正事项"]]);

    const restored = await restore(m.id, t.office, { version: 2, change: changes[0]!.change });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ title: m.title, days: m.days, deadline: m.deadline, version: 3 });
    expect(await logCount(m.id)).toBe(3);
  });
});
