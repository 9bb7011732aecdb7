import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, drafts, matters, units } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";

let office: string;
let leader: string;
let unit: string;
let unitId: number;

beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  unit = await tokenFor("unit", "县财政局");
  const [u] = await db().select().from(units).where(eq(units.name, "县财政局"));
  unitId = u!.id;
});

const year2026 = async () => (await api("/api/v1/calendar/2026", { token: office })).body;

async function insertMatter(values: {
  title: string;
  assigned: string;
  days?: number;
  deadline: string;
  provisional?: boolean;
  status?: string;
  settled?: string;
  result?: string;
  onTime?: boolean;
}) {
  const [row] = await db()
    .insert(matters)
    .values({ source: "其他", leadUnitId: unitId, originalDeadline: values.deadline, ...values })
    .returning();
  return row!;
}

describe("PUT /api/v1/calendar/:year", () => {
  it("loads a new year for the office and returns it with the number of matters recomputed", async () => {
    const res = await api("/api/v1/calendar/2031", {
      method: "PUT",
      token: office,
      json: { off: ["2031-01-01", "2031-10-01"], work: ["2031-09-28"], source: "国务院办公厅关于2031年部分节假日安排的通知" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ year: 2031, source: "国务院办公厅关于2031年部分节假日安排的通知", off: ["2031-01-01", "2031-10-01"], work: ["2031-09-28"], recomputed: 0 });
    expect((await api("/api/v1/calendar/2031", { token: unit })).body.work).toEqual(["2031-09-28"]);
  });

  it("records the change of a year with before and after in the change log", async () => {
    const before = await year2026();
    const log2026 = () => db().select().from(changeLog).where(and(eq(changeLog.entity, "calendar_years"), eq(changeLog.entityId, "2026")));
    const earlier = (await log2026()).length;
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: before.off, work: before.work, source: "更正后的来源" } });
    expect(res.status).toBe(200);
    const added = (await log2026()).slice(earlier);
    expect(added).toHaveLength(1);
    const [entry] = added;
    expect(entry).toMatchObject({ action: "update", actor: "office" });
    expect((entry!.before as { source: string }).source).toBe(before.source);
    expect((entry!.after as { source: string }).source).toBe("更正后的来源");
  });

  it("moves an open matter's deadline when a make-up day is removed, and leaves a settled one alone", async () => {
    // Assigned Fri 18 Sep 2026, 10 working days: with 20 Sep worked the deadline is 9 Oct;
    // without it the 10th working day is the make-up Saturday 10 Oct.
    const open = await insertMatter({ title: "日历重算测试（办理中）", assigned: "2026-09-18", deadline: "2026-10-09" });
    const settled = await insertMatter({ title: "日历重算测试（已办结）", assigned: "2026-09-18", deadline: "2026-10-09", status: "已办结" });
    const y = await year2026();
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: y.off, work: y.work.filter((d: string) => d !== "2026-09-20") } });
    expect(res.status).toBe(200);
    expect(res.body.recomputed).toBe(1);
    const [after] = await db().select().from(matters).where(eq(matters.id, open.id));
    expect(after).toMatchObject({ deadline: "2026-10-10", originalDeadline: "2026-10-10", provisional: false, version: open.version + 1 });
    const [untouched] = await db().select().from(matters).where(eq(matters.id, settled.id));
    expect(untouched).toMatchObject({ deadline: "2026-10-09", version: settled.version });
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(open.id))));
    expect(log).toEqual([expect.objectContaining({ action: "recompute", before: expect.objectContaining({ deadline: "2026-10-09" }), after: expect.objectContaining({ deadline: "2026-10-10" }) })]);
    await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: y.off, work: y.work } });
  });

  it("moves the deadline of a settlement waiting for review (待审核) too, and judges it on time again", async () => {
    // Settled Sat 10 Oct, a day after the deadline 9 Oct: late. Without the make-up day 20 Sep the
    // deadline is 10 Oct and the same settlement is on time; the office's 通过 closes it so.
    const direct = await insertMatter({ title: "待审核重算（直接办结）", assigned: "2026-09-18", deadline: "2026-10-09", status: "待审核", settled: "2026-10-10", result: "已办结", onTime: false });
    // Drafted, settled 9 Oct but submitted (报送) on 12 Oct: late under either deadline.
    const drafted = await insertMatter({ title: "待审核重算（草稿报送）", assigned: "2026-09-18", deadline: "2026-10-09", status: "待审核", settled: "2026-10-09", result: "已办结", onTime: false });
    await db().insert(drafts).values({ unitId, kind: "办结", matterId: drafted.id, body: { version: 1, settled: "2026-10-09", result: "已办结" }, status: "已报送", submittedOn: "2026-10-12" });
    const y = await year2026();
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: y.off, work: y.work.filter((d: string) => d !== "2026-09-20") } });
    expect(res.status).toBe(200);
    const seen = async (id: number) => (await api(`/api/v1/matters/${id}`, { token: office })).body;
    expect(await seen(direct.id)).toMatchObject({ status: "待审核", deadline: "2026-10-10", onTime: true, version: direct.version + 1 });
    expect(await seen(drafted.id)).toMatchObject({ status: "待审核", deadline: "2026-10-10", onTime: false, version: drafted.version + 1 });
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(direct.id))));
    expect(log).toEqual([expect.objectContaining({ action: "recompute", before: expect.objectContaining({ deadline: "2026-10-09", onTime: false }), after: expect.objectContaining({ deadline: "2026-10-10", onTime: true }) })]);
    const passed = await api(`/api/v1/matters/${direct.id}/review`, { method: "POST", token: office, json: { version: direct.version + 1, decision: "通过" } });
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ status: "已办结", settled: "2026-10-10", onTime: true });
    await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: y.off, work: y.work } });
  });

  it("makes a provisional deadline final when the next year is loaded", async () => {
    // 10 working days after Fri 25 Dec 2026: weekends only in 2027 gives 8 Jan; with 1 Jan 2027 off, 11 Jan.
    const m = await insertMatter({ title: "跨年暂定期限", assigned: "2026-12-25", deadline: "2027-01-08", provisional: true });
    const res = await api("/api/v1/calendar/2027", { method: "PUT", token: office, json: { off: ["2027-01-01"], work: [] } });
    expect(res.status).toBe(200);
    expect(res.body.source).toBe("办公室录入");
    const [after] = await db().select().from(matters).where(eq(matters.id, m.id));
    expect(after).toMatchObject({ deadline: "2027-01-11", provisional: false });
  });

  it("refuses a unit", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: unit, json: { off: [], work: [] } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("此操作仅限办公室");
  });

  it("refuses a leader", async () => {
    expect((await api("/api/v1/calendar/2026", { method: "PUT", token: leader, json: { off: [], work: [] } })).status).toBe(403);
  });

  it("refuses impossible dates cell by cell and writes nothing", async () => {
    const before = await year2026();
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: ["2026-01-01", "2026-02-30", "2026-2-3"], work: [] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { row: number; column: string; code: string }) => [d.row, d.column, d.code])).toEqual([
      [1, "off", "invalid_date"],
      [2, "off", "invalid_date"],
    ]);
    expect(await year2026()).toEqual(before);
  });

  it("refuses a make-up workday that is not a weekend, naming its row in work", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: [], work: ["2026-01-04", "2026-03-04"] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 1, column: "work", code: "not_weekend", message: "2026-03-04 不是周六或周日：调休上班日只能是周末" }]);
  });

  it("refuses a date outside the year", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: ["2025-12-31"], work: [] } });
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 0, column: "off", code: "wrong_year" })]);
  });

  it("refuses an off day that is also a make-up workday", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: ["2026-01-01", "2026-02-14"], work: ["2026-02-14"] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 1, column: "off", code: "also_work" })]);
  });

  it("refuses a date listed twice", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: ["2026-01-01", "2026-01-01"], work: [] } });
    expect(res.body.error.details).toEqual([expect.objectContaining({ row: 1, column: "off", code: "duplicate" })]);
  });

  it("refuses a body without work, naming the field", async () => {
    const res = await api("/api/v1/calendar/2026", { method: "PUT", token: office, json: { off: [] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].column).toBe("work");
  });
});
