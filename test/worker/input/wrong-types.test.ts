import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "../helpers";
import { changedTables, dbFingerprint } from "../db-fingerprint";

let finance: string;
let office: string;
beforeAll(async () => {
  finance = await tokenFor("unit", "县财政局");
  office = await tokenFor("office");
});

/** Letters a clerk would have to read as English (type names such as string, object). */
const english = (text: string) => text.replace(/true|false|null/g, "").match(/[A-Za-z]{3,}/);

describe("a value of the wrong type is refused in Chinese words, naming its cell", () => {
  it("names what a report row's cell should be and what came, and stores nothing", async () => {
    const before = await dbFingerprint();
    const res = await api("/api/v1/reports", { method: "POST", token: finance, json: { rows: [{ task: 17, period: 2026, progress: "已召开专题会议" }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ row: 0, column: "period", code: "invalid_type", message: "应为文本，收到的是数字" }]);
    expect(changedTables(before, await dbFingerprint())).toEqual([]);
  });

  it("names a body of the wrong shape: rows that are not a list, a body that is not an object", async () => {
    const notList = await api("/api/v1/reports", { method: "POST", token: finance, json: { rows: "第一行" } });
    expect(notList.body.error.details).toEqual([{ row: null, column: "rows", code: "invalid_type", message: "应为列表（[…]），收到的是文本" }]);
    const list = await api("/api/v1/reports", { method: "POST", token: finance, json: [1, 2] });
    expect(list.body.error.details).toEqual([{ row: null, column: null, code: "invalid_type", message: "应为对象（{…}），收到的是列表（[…]）" }]);
  });

  it("keeps a field's own words where it has them, and leaves no English in any message", async () => {
    const res = await api("/api/v1/matters", { method: "POST", token: office, json: { title: ["a"], lead: 5, source: null, assigned: 20260101, days: "10" } });
    expect(res.status).toBe(422);
    const byColumn = Object.fromEntries(res.body.error.details.map((d: { column: string; message: string }) => [d.column, d.message]));
    expect(byColumn.days).toBe("办理时限应为整数个工作日");
    expect(byColumn.assigned).toBe("应为文本，收到的是数字");
    for (const d of res.body.error.details) expect(english(d.message)).toBeNull();
  });
});
