import { describe, expect, it } from "vitest";
import { and, eq, gte, lte } from "drizzle-orm";
import { api, db, tokenFor } from "./helpers";
import { changeLog, reports, units } from "../../schema/tables";
import { writeReports } from "../../worker/reports/reports-write";
import { findReports } from "../../worker/reports/reports-queries";
import { ApiError } from "../../worker/platform/errors";

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

describe("new reports written many to a statement", () => {
  it("rolls the whole batch back with 409 when another submission created one of a statement's reports meanwhile", async () => {
    const [unit] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const mine = Array.from({ length: 25 }, (_, i) => ({ task: 20, period: `${2098 - Math.floor(i / 4)}-Q${(i % 4) + 1}`, progress: "本次报送" }));
    // Read as absent, then created by someone else before our batch runs: the 13th row.
    const raced = mine[12]!;
    await db().insert(reports).values({ unitId: unit!.id, taskNo: 20, period: raced.period, progress: "他人先报", submittedOn: "2026-01-05" });
    const targets = mine.map((row, index) => ({ index, unitId: unit!.id, row: { ...row, problems: "", plan: "" }, have: undefined }));
    const err = await writeReports(db(), targets, "测试", "2026-01-06").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    const stored = await db().select().from(reports).where(and(eq(reports.taskNo, 20), gte(reports.period, "2092-Q1"), lte(reports.period, "2098-Q4")));
    expect(stored.map((r) => [r.period, r.progress])).toEqual([[raced.period, "他人先报"]]);
  });

  it("logs each new report under its own id when 25 are written in one statement", async () => {
    const [unit] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const rows = Array.from({ length: 25 }, (_, i) => ({ task: 20, period: `${2088 - Math.floor(i / 4)}-Q${(i % 4) + 1}`, progress: `第${i + 1}行`, problems: "", plan: "" }));
    const written = await writeReports(db(), rows.map((row, index) => ({ index, unitId: unit!.id, row, have: undefined })), "测试", "2026-01-06");
    expect(written.map((r) => [r.period, r.progress, r.version])).toEqual(rows.map((r) => [r.period, r.progress, 1]));
    const logged = await db().select().from(changeLog).where(eq(changeLog.entity, "reports"));
    for (const r of written) {
      const lines = logged.filter((l) => l.entityId === String(r.id));
      expect(lines.map((l) => [l.action, (l.after as any).period, (l.after as any).progress])).toEqual([["insert", r.period, r.progress]]);
    }
  });
});

describe("re-submitted reports updated many to a statement", () => {
  // 30 quarters, 2040-Q1 … 2047-Q2, updated in one statement.
  const quarters = Array.from({ length: 30 }, (_, i) => `${2040 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  const mine = (progress: string, version?: number) => quarters.map((period) => ({ task: 17, period, progress, ...(version === undefined ? {} : { version }) }));
  const storedMine = () => db().select().from(reports).where(and(eq(reports.taskNo, 17), gte(reports.period, "2040-Q1"), lte(reports.period, "2047-Q4"))).orderBy(reports.period);

  it("logs each of 30 re-submitted reports once, with the report as read before and the new texts after", async () => {
    const token = await tokenFor("unit", "县财政局");
    expect((await api("/api/v1/reports", { method: "POST", token, json: { rows: mine("首次报送") } })).status).toBe(200);
    const second = await api("/api/v1/reports", { method: "POST", token, json: { rows: mine("第二次报送", 1) } });
    expect(second.status).toBe(200);
    const stored = await storedMine();
    expect(stored.map((r) => [r.period, r.progress, r.version])).toEqual(quarters.map((p) => [p, "第二次报送", 2]));
    const logged = await db().select().from(changeLog).where(and(eq(changeLog.entity, "reports"), eq(changeLog.action, "update")));
    for (const r of stored) {
      const lines = logged.filter((l) => l.entityId === String(r.id));
      expect(lines).toHaveLength(1);
      expect(lines[0]!.before).toMatchObject({ id: r.id, progress: "首次报送", version: 1 });
      expect(lines[0]!.after).toEqual({ progress: "第二次报送", problems: "", plan: "", submittedOn: r.submittedOn, version: 2 });
    }
  });

  it("rolls the whole batch back with 409 when another submission changed one of a statement's reports meanwhile", async () => {
    const [unit] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const read = await storedMine();
    expect(read).toHaveLength(30);
    // Read at version 2, then changed by someone else before our batch runs: the 18th report.
    const raced = read[17]!;
    const readAsWas = new Map((await findReports(db(), [unit!.id], quarters)).map((r) => [r.id, r]));
    await db().update(reports).set({ progress: "他人修改", version: raced.version + 1 }).where(eq(reports.id, raced.id));
    const targets = read.map((r, index) => ({ index, unitId: unit!.id, row: { task: 17, period: r.period, progress: "第三次报送", problems: "", plan: "" }, have: readAsWas.get(r.id) }));
    const logBefore = (await db().select().from(changeLog)).length;
    const err = await writeReports(db(), targets, "测试", "2026-01-06").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    const stored = await storedMine();
    expect(stored.filter((r) => r.progress === "第三次报送")).toEqual([]);
    expect(stored.find((r) => r.id === raced.id)).toMatchObject({ progress: "他人修改", version: 3 });
    expect((await db().select().from(changeLog)).length).toBe(logBefore);
  });
});

describe("a submission larger than one statement's parameter", () => {
  // 120 rows of the longest texts: about 4.3 MB of rows, written in parts of at most 1.8 MB each.
  const long = (ch: string) => ch.repeat(4000);
  const quarters = Array.from({ length: 120 }, (_, i) => `${2070 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  const rowsOf = (text: string) => quarters.map((period) => ({ task: 22, period, progress: long(text), problems: long("问"), plan: long("计") }));
  const storedMine = () => db().select().from(reports).where(eq(reports.taskNo, 22)).orderBy(reports.period);

  it("stores every row and logs each under its own id, then updates all of them, part by part", async () => {
    const [unit] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const written = await writeReports(db(), rowsOf("进").map((row, index) => ({ index, unitId: unit!.id, row, have: undefined })), "测试", "2026-01-06");
    expect(written.map((r) => [r.period, r.progress.length, r.version])).toEqual(quarters.map((p) => [p, 4000, 1]));
    const read = await findReports(db(), [unit!.id], quarters);
    const byId = new Map(read.map((r) => [r.id, r]));
    const updated = await writeReports(db(), written.map((r, index) => ({ index, unitId: unit!.id, row: { ...rowsOf("新")[index]! }, have: byId.get(r.id) })), "测试", "2026-01-07");
    expect(updated.map((r) => [r.id, r.progress.slice(0, 2), r.version])).toEqual(written.map((r) => [r.id, "新新", 2]));
    const logged = await db().select().from(changeLog).where(eq(changeLog.entity, "reports"));
    for (const r of written) {
      const lines = logged.filter((l) => l.entityId === String(r.id));
      expect(lines.map((l) => l.action)).toEqual(["insert", "update"]);
      expect((lines[0]!.after as any).progress).toBe(long("进"));
      expect((lines[1]!.before as any).version).toBe(1);
    }
  });

  it("rolls every part back with 409 when a report of the last part was created meanwhile", async () => {
    const [unit] = await db().select().from(units).where(eq(units.name, "县财政局"));
    const mine = rowsOf("再").map((r) => ({ ...r, task: 23 }));
    const raced = mine[118]!;
    await db().insert(reports).values({ unitId: unit!.id, taskNo: 23, period: raced.period, progress: "他人先报", submittedOn: "2026-01-05" });
    const logBefore = (await db().select().from(changeLog)).length;
    const err = await writeReports(db(), mine.map((row, index) => ({ index, unitId: unit!.id, row, have: undefined })), "测试", "2026-01-06").catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(409);
    const stored = await db().select().from(reports).where(eq(reports.taskNo, 23));
    expect(stored.map((r) => [r.period, r.progress])).toEqual([[raced.period, "他人先报"]]);
    expect((await db().select().from(changeLog)).length).toBe(logBefore);
    expect(await storedMine()).toHaveLength(120);
  });
});
