import { beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { changeLog, matters } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, ensureCalendar2026, matterBody } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

const post = (json: unknown, token = t.office) => api("/api/v1/matters", { method: "POST", token, json });
const matterCount = async () => (await db().select({ n: count() }).from(matters))[0]!.n;

describe("POST /api/v1/matters", () => {
  it("creates a matter due 10 working days later, skipping Labour Day and counting the make-up Saturday", async () => {
    const res = await post(matterBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: "某企业破产案件资产处置协调",
      task: 19,
      source: "会议纪要",
      lead: "县法院",
      co: ["县科商经信局"],
      assigned: "2026-04-30",
      days: 10,
      deadline: "2026-05-18",
      originalDeadline: "2026-05-18",
      provisional: false,
      status: "办理中",
      version: 1,
      settled: null,
      onTime: null,
      extensions: [],
      contributions: [],
    });
    expect(typeof res.body.id).toBe("number");
  });

  it("counts across the Spring Festival and both make-up Saturdays", async () => {
    const res = await post(matterBody({ assigned: "2026-02-13" }));
    expect(res.status).toBe(201);
    expect(res.body.deadline).toBe("2026-03-05");
  });

  it("uses the given number of working days", async () => {
    const res = await post(matterBody({ assigned: "2026-04-30", days: 3 }));
    expect(res.body.deadline).toBe("2026-05-08");
  });

  it("marks a deadline past the last loaded year provisional", async () => {
    const res = await post(matterBody({ assigned: "2026-12-24" }));
    expect(res.status).toBe(201);
    expect(res.body.provisional).toBe(true);
  });

  it("reports a co-unit written by its alias and stores the unit it stands for", async () => {
    const res = await post(matterBody({ co: ["县经信局"] }));
    expect(res.status).toBe(201);
    expect(res.body.co).toEqual(["县科商经信局"]);
    expect(res.body.resolved).toEqual([{ written: "县经信局", unit: "县科商经信局" }]);
  });

  it("accepts a matter without a task, sent as null the way an empty cell arrives", async () => {
    const res = await post(matterBody({ task: null, lead: "县财政局", co: [] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ task: null, lead: "县财政局", co: [] });
  });

  it("writes a change-log row naming the office", async () => {
    const res = await post(matterBody({ title: "变更记录测试" }));
    const log = await db().select().from(changeLog).where(eq(changeLog.entityId, String(res.body.id)));
    expect(log.filter((l) => l.entity === "matters").map((l) => [l.actor, l.action])).toEqual([["office", "insert"]]);
  });

  it("refuses a unit creating a matter with 403", async () => {
    const res = await post(matterBody(), t.court);
    expect(res.status).toBe(403);
  });

  it("refuses an unknown lead with 422 in column lead and writes nothing", async () => {
    const before = await matterCount();
    const res = await post(matterBody({ lead: "县不存在局" }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "lead", code: "unknown_unit", message: "牵头单位「县不存在局」不在单位名录中" }]);
    expect(await matterCount()).toBe(before);
  });

  it("refuses a lead not responsible for the task, with the reason", async () => {
    const res = await post(matterBody({ lead: "县财政局" }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "lead", code: "not_responsible", message: "县财政局不是第19项重点工作的责任单位" }]);
  });

  it("refuses a group as the lead", async () => {
    const res = await post(matterBody({ task: undefined, lead: "各成员单位" }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "lead", code: "group_not_unit" });
  });

  it("refuses an unknown co-unit in column co", async () => {
    const res = await post(matterBody({ co: ["县甲局"] }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "co", code: "unknown_unit", message: "协办单位「县甲局」不在单位名录中" }]);
  });

  it("refuses a co-unit that is the lead", async () => {
    const res = await post(matterBody({ co: ["县法院"] }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "co", code: "same_as_lead" });
  });

  it("refuses a co-unit named twice, once by its alias", async () => {
    const res = await post(matterBody({ co: ["县科商经信局", "县经信局"] }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "co", code: "duplicate" });
  });

  it("refuses an unknown task in column task", async () => {
    const res = await post(matterBody({ task: 99 }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: null, column: "task", code: "unknown_task", message: "没有第99项重点工作" }]);
  });

  it("refuses a source outside the list, naming the allowed ones", async () => {
    const res = await post(matterBody({ source: "电话" }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "source", message: "来源应为 会议纪要、专题会议、专班、司法建议、其他 之一" });
  });

  it("refuses an impossible assigned date", async () => {
    const res = await post(matterBody({ assigned: "2026-02-30" }));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ column: "assigned", message: "日期不存在" });
  });

  it("refuses an empty body", async () => {
    const res = await post({});
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { column: string }) => d.column)).toEqual(expect.arrayContaining(["title", "source", "lead", "assigned"]));
  });
});
