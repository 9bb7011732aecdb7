import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { api, db, tokenFor } from "./helpers";
import { changeLog, reports } from "../../schema/tables";

const row = (task: number, extra: Record<string, unknown> = {}) => ({
  task,
  period: "2026-Q1",
  progress: "已召开专题会议，明确分工",
  problems: "",
  plan: "下季度完成资金测算",
  ...extra,
});

describe("POST /api/v1/reports", () => {
  it("stores a unit's rows for tasks it is responsible for", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(17), row(20)] } });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: any) => [r.unit, r.task, r.period, r.version])).toEqual([
      ["县财政局", 17, "2026-Q1", 1],
      ["县财政局", 20, "2026-Q1", 1],
    ]);
    const stored = await db().select().from(reports).where(eq(reports.period, "2026-Q1"));
    expect(stored.filter((r) => r.taskNo === 17 || r.taskNo === 20)).toHaveLength(2);
  });

  it("accepts a unit responsible only through a group (各成员单位, task 18)", async () => {
    const token = await tokenFor("unit", "县林业局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(18, { period: "2026-Q2" })] } });
    expect(res.status).toBe(200);
  });

  it("accepts a unit the plan names by an alias (县科商经信局 as 县商务局 in task 17)", async () => {
    const token = await tokenFor("unit", "县科商经信局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(17, { period: "2026-Q3" })] } });
    expect(res.status).toBe(200);
  });

  it("refuses with 403 every row for a task outside the unit's responsibility and writes nothing", async () => {
    const token = await tokenFor("unit", "县教育局");
    const res = await api("/api/v1/reports", {
      method: "POST",
      token,
      json: { rows: [row(2, { period: "2025-Q4" }), row(14, { period: "2025-Q4" }), row(15, { period: "2025-Q4" })] },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.map((d: any) => [d.row, d.column, d.code])).toEqual([
      [1, "task", "not_responsible"],
      [2, "task", "not_responsible"],
    ]);
    expect(res.body.error.details[0].message).toBe("县教育局不是第14项重点工作的责任单位");
    const stored = await db().select().from(reports).where(eq(reports.period, "2025-Q4"));
    expect(stored).toHaveLength(0);
  });

  it("refuses with 422 naming every bad cell, counting rows from 0", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", {
      method: "POST",
      token,
      json: { rows: [row(17, { period: "2026-Q5" }), row(20, { progress: "" }), row(99)] },
    });
    expect(res.status).toBe(422);
    const cells = res.body.error.details.map((d: any) => [d.row, d.column]);
    expect(cells).toEqual(expect.arrayContaining([[0, "period"], [1, "progress"]]));
    expect(res.body.error.details.find((d: any) => d.row === 0).message).toMatch(/2026-Q1/);
  });

  it("names an empty 进展 once on its cell, though two checks refuse it with the same words", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(17, { progress: "" })] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 0, column: "progress", code: "too_small", message: "请填写工作进展" }]);
  });

  it("refuses with 422 a task number the plan does not have, and writes nothing", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(17, { period: "2024-Q1" }), row(99, { period: "2024-Q1" })] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 1, column: "task", code: "unknown_task", message: "没有第99项重点工作" }]);
    expect(await db().select().from(reports).where(eq(reports.period, "2024-Q1"))).toHaveLength(0);
  });

  it("refuses a monthly period while the cycle is quarterly", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(17, { period: "2026-03" })] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: 0, column: "period", code: "wrong_cycle" });
  });

  it("refuses the same task and period twice in one batch", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(23, { period: "2023-Q1" }), row(23, { period: "2023-Q1" })] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: 1, column: "period", code: "duplicate" });
  });

  it("refuses a body that is not JSON or has no rows", async () => {
    const token = await tokenFor("unit", "县财政局");
    const empty = await api("/api/v1/reports", { method: "POST", token, json: {} });
    expect(empty.status).toBe(422);
    expect(empty.body.error.details[0].column).toBe("rows");
    const text = await api("/api/v1/reports", { method: "POST", token, body: "rows", headers: { "Content-Type": "text/plain" } });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe("unsupported_media_type");
  });

  it("updates the report on a second submission and keeps the earlier text in the change log", async () => {
    const token = await tokenFor("unit", "县税务局");
    const first = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(14, { period: "2026-Q2", progress: "第一次报送" })] } });
    expect(first.status).toBe(200);
    expect(first.body.rows[0]).toMatchObject({ progress: "第一次报送", version: 1 });
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(14, { period: "2026-Q2", progress: "第二次报送", version: 1 })] } });
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toMatchObject({ progress: "第二次报送", version: 2 });
    const stored = await db().select().from(reports).where(eq(reports.period, "2026-Q2"));
    expect(stored.filter((r) => r.taskNo === 14)).toHaveLength(1);
    const log = await db().select().from(changeLog).where(eq(changeLog.entity, "reports"));
    const update = log.find((l) => l.action === "update" && (l.before as any)?.progress === "第一次报送");
    expect(update).toBeDefined();
    expect(update!.actor).toBe("unit:县税务局");
  });

  it("refuses a row without a version where the period already has a report: 409 with the current row, and the batch writes nothing", async () => {
    const token = await tokenFor("unit", "县税务局");
    const first = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(14, { period: "2021-Q3", progress: "甲同事的报送" })] } });
    expect(first.status).toBe(200);
    const logBefore = await db().select().from(changeLog);
    // Typed in a sheet that never saw 甲's row, sent with a new row for another task.
    const res = await api("/api/v1/reports", {
      method: "POST",
      token,
      json: { rows: [row(22, { period: "2021-Q3", progress: "新的一行" }), row(14, { period: "2021-Q3", progress: "乙同事的报送" })] },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([
      { row: 1, column: "version", code: "stale", message: "该期已有报送内容（版本 1），请先拉取最新版本再修改" },
    ]);
    expect(res.body.error.current).toEqual([expect.objectContaining({ task: 14, period: "2021-Q3", progress: "甲同事的报送", version: 1 })]);
    const stored = await db().select().from(reports).where(eq(reports.period, "2021-Q3"));
    expect(stored.map((r) => [r.taskNo, r.progress, r.version])).toEqual([[14, "甲同事的报送", 1]]);
    expect(await db().select().from(changeLog)).toHaveLength(logBefore.length);
  });

  it("refuses a row whose version is stale with 409 carrying the current row", async () => {
    const token = await tokenFor("unit", "县税务局");
    const first = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(15, { period: "2022-Q4" })] } });
    expect(first.status).toBe(403); // 县税务局 is not responsible for task 15
    const ok = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(22, { period: "2022-Q4", progress: "甲" })] } });
    expect(ok.status).toBe(200);
    expect(ok.body.rows[0]).toMatchObject({ progress: "甲", version: 1 });
    const second = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(22, { period: "2022-Q4", progress: "乙", version: 1 })] } });
    expect(second.status).toBe(200);
    expect(second.body.rows[0]).toMatchObject({ progress: "乙", version: 2 });
    const stale = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(22, { period: "2022-Q4", progress: "丙", version: ok.body.rows[0].version })] } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0]).toMatchObject({ row: 0, column: "version", code: "stale" });
    expect(stale.body.error.current[0]).toMatchObject({ progress: "乙", version: 2 });
  });

  it("refuses a leader's submission with 403", async () => {
    const res = await api("/api/v1/reports", { method: "POST", token: await tokenFor("leader"), json: { rows: [row(17)] } });
    expect(res.status).toBe(403);
  });

  it("lets the office submit on a unit's behalf when the row names the unit", async () => {
    const token = await tokenFor("office");
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(24, { unit: "县行政审批局", period: "2021-Q4" })] } });
    expect(res.status).toBe(200);
    expect(res.body.rows[0].unit).toBe("县行政审批局");
    const missing = await api("/api/v1/reports", { method: "POST", token, json: { rows: [row(24, { period: "2021-Q4" })] } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details[0]).toMatchObject({ row: 0, column: "unit" });
  });
});

describe("GET /api/v1/reports", () => {
  it("shows a unit only its own reports", async () => {
    const fin = await tokenFor("unit", "县财政局");
    const tax = await tokenFor("unit", "县税务局");
    expect((await api("/api/v1/reports", { method: "POST", token: fin, json: { rows: [row(23, { period: "2020-Q1" })] } })).status).toBe(200);
    expect((await api("/api/v1/reports", { method: "POST", token: tax, json: { rows: [row(14, { period: "2020-Q1" })] } })).status).toBe(200);
    const res = await api("/api/v1/reports?period=2020-Q1", { token: fin });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: any) => r.unit)).toEqual(["县财政局"]);
    const office = await api("/api/v1/reports?period=2020-Q1", { token: await tokenFor("office") });
    expect(office.body.rows.map((r: any) => r.unit).sort()).toEqual(["县财政局", "县税务局"].sort());
  });

  it("refuses a unit asking for another unit's reports", async () => {
    const res = await api("/api/v1/reports?unit=县税务局", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(403);
  });
});
