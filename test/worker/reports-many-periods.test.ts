import { describe, expect, it } from "vitest";
import { and, eq, gte } from "drizzle-orm";
import { api, db, tokenFor } from "./helpers";
import { changeLog, reports } from "../../schema/tables";

// 150 distinct quarters, 2060-Q1 … 2097-Q2: more than D1 binds in one statement's IN list.
const periods = Array.from({ length: 150 }, (_, i) => `${2060 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
const rowsFor = (progress: string, version?: number) =>
  periods.map((period) => ({ task: 17, period, progress, ...(version === undefined ? {} : { version }) }));

describe("a submission spanning more periods than one statement may bind", () => {
  it("stores 150 periods in one POST, then updates all of them against their versions", async () => {
    const token = await tokenFor("unit", "县财政局");
    const first = await api("/api/v1/reports", { method: "POST", token, json: { rows: rowsFor("首次报送") } });
    expect(first.status).toBe(200);
    expect(first.body.rows).toHaveLength(150);
    expect(first.body.rows.map((r: any) => r.period)).toEqual(periods);
    expect(new Set(first.body.rows.map((r: any) => r.version))).toEqual(new Set([1]));

    const second = await api("/api/v1/reports", { method: "POST", token, json: { rows: rowsFor("第二次报送", 1) } });
    expect(second.status).toBe(200);
    expect(second.body.rows.map((r: any) => [r.period, r.version, r.progress])).toEqual(periods.map((p) => [p, 2, "第二次报送"]));

    const stored = await db().select().from(reports).where(and(eq(reports.taskNo, 17), gte(reports.period, "2060-Q1")));
    expect(stored).toHaveLength(150);
    const logged = await db().select().from(changeLog).where(eq(changeLog.entity, "reports"));
    const ids = new Set(stored.map((r) => String(r.id)));
    const mine = logged.filter((l) => ids.has(l.entityId));
    expect(mine.filter((l) => l.action === "insert")).toHaveLength(150);
    expect(mine.filter((l) => l.action === "update")).toHaveLength(150);
  });

  it("answers 409 for a stale version among 150 periods and writes none of them", async () => {
    const token = await tokenFor("unit", "县财政局");
    const rows = rowsFor("陈旧版本", 1).map((r, i) => (i === 149 ? { ...r, version: 7 } : r));
    const res = await api("/api/v1/reports", { method: "POST", token, json: { rows } });
    expect(res.status).toBe(409);
    expect(res.body.error.details.map((d: any) => [d.row, d.column, d.code])).toContainEqual([149, "version", "stale"]);
    const stored = await db().select().from(reports).where(and(eq(reports.taskNo, 17), gte(reports.period, "2060-Q1")));
    expect(stored.filter((r) => r.progress === "陈旧版本")).toHaveLength(0);
  });
});
