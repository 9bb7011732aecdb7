import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../helpers";
import { callers, ensureCalendar2026, matterBody } from "../matters-fixtures";
import { changedTables, dbFingerprint } from "../db-fingerprint";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

/** Sends a JSON text as written: `\ud800` stays an escape, which JSON.parse turns into a lone surrogate. */
const raw = (path: string, method: string, token: string, body: string) =>
  api(path, { method, token, body, headers: { "Content-Type": "application/json" } });

describe("names and titles: one line, as typed, or refused", () => {
  it.each([
    ["\t=1+1", "tab"],
    [" 某企业协调", "leading blank"],
    ["某企业协调 ", "trailing blank"],
    ["第一行\n第二行", "line break"],
    ["响铃\u0007", "control character"],
  ])("refuses the title %j (%s) with 422 naming title and stores nothing", async (title) => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ title }) });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { column: string }) => d.column)).toEqual(["title"]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("refuses a lone surrogate with 422 instead of storing a replacement character", async () => {
    const before = await dbFingerprint();
    const body = JSON.stringify(matterBody()).replace("某企业", "某企业\\ud800");
    const res = await raw("/api/v1/matters", "POST", t.office, body);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ column: "title", message: "含有无法保存的字符（不成对的代理码元），请重新输入" })]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("round-trips what it accepts byte for byte: formula-like text, emoji, full-width spaces inside", async () => {
    const title = "=1+1 协调　会商 😀 @县法院";
    const created = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody({ title, sourceRef: "-2026 第3次会议" }) });
    expect(created.status).toBe(201);
    const read = await api(`/api/v1/matters/${created.body.id}`, { token: t.office });
    expect([read.body.title, read.body.sourceRef]).toEqual([title, "-2026 第3次会议"]);
  });
});

describe("long texts keep line breaks, tabs and leading blanks exactly", () => {
  it("stores a report's progress, problems and plan as sent, and GET returns identical strings", async () => {
    const progress = "\t=1+1\r\n  第二行缩进\n第三行\t制表";
    const problems = "\n以换行开头";
    const plan = "+下季度 ";
    const res = await api("/api/v1/reports", { method: "POST", token: t.finance, json: { rows: [{ task: 17, period: "2026-Q1", progress, problems, plan }] } });
    expect(res.status).toBe(200);
    const read = await api("/api/v1/reports?period=2026-Q1&task=17", { token: t.finance });
    expect(read.body.rows.map((r: Record<string, string>) => [r.progress, r.problems, r.plan])).toEqual([[progress, problems, plan]]);
  });

  it("keeps a settlement's result as typed", async () => {
    const created = await api("/api/v1/matters", { method: "POST", token: t.office, json: matterBody() });
    const result = "\t-已办结\n 资产已拍卖";
    const res = await api(`/api/v1/matters/${created.body.id}`, { method: "PATCH", token: t.court, json: { version: 1, settled: "2026-05-06", result } });
    expect(res.status).toBe(200);
    expect((await api(`/api/v1/matters/${created.body.id}`, { token: t.court })).body.result).toBe(result);
  });

  it("refuses blanks only, other control characters and lone surrogates, naming the row's column", async () => {
    const before = await dbFingerprint();
    const rows = [
      { task: 17, period: "2026-Q2", progress: " \n\t" },
      { task: 17, period: "2026-Q3", progress: "进展\u0000" },
    ];
    const body = JSON.stringify({ rows: [...rows, { task: 17, period: "2026-Q4", progress: "进展", plan: "计划LONE" }] }).replace("LONE", "\\udc00");
    const res = await raw("/api/v1/reports", "POST", t.finance, body);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([[0, "progress"], [1, "progress"], [2, "plan"]]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });
});
