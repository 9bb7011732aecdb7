import { describe, expect, it } from "vitest";
import { readSnapshot, SheetProtectedError, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// What a pull must leave alone: the clerk's own columns right of the table (values, formulas), the
// clerk's own sheets, the sheet's print settings; and a sheet the clerk protected with a password.

describe("writeTable keeps what is the clerk's", () => {
  it("keeps a column typed right of the table, with its formulas, beside the same rows", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1), matter(2)]);
    wb.typeInto("督办事项", "Y1", "跟踪备注");
    wb.typeInto("督办事项", "Y2", "已电话催办");
    wb.typeInto("督办事项", "Z2", '=IF(N2="已办结","","催")');
    await writeTable(wb.context, "matters", [matter(1, { title: "已改名" }), matter(2)]);
    expect(wb.values("督办事项", "A2:B2")).toEqual([[1, "已改名"]]);
    expect(wb.values("督办事项", "Y1:Y2")).toEqual([["跟踪备注"], ["已电话催办"]]);
    expect(wb.cell("督办事项", "Z2").formula).toBe('=IF(N2="已办结","","催")');
  });

  it("keeps the sheet's page layout, print area and print titles, and the clerk's own sheets", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    wb.sheet("督办事项").pageLayout = { orientation: "Landscape", printArea: "A1:J60", titleRows: "$1:$1" };
    wb.context.workbook.worksheets.add("我的统计");
    await wb.context.sync();
    wb.typeInto("我的统计", "A1", "本月新增 3 件");
    await writeTable(wb.context, "matters", [matter(1), matter(2)]);
    expect(wb.sheet("督办事项").pageLayout).toEqual({ orientation: "Landscape", printArea: "A1:J60", titleRows: "$1:$1" });
    expect(wb.values("我的统计", "A1")).toEqual([["本月新增 3 件"]]);
  });

  it("refuses a sheet protected with a password, in Chinese, changing nothing on it", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    wb.protectWithPassword("督办事项", "clerk-2026");
    const run = writeTable(wb.context, "matters", [matter(1, { title: "服务器上的新名称" })]);
    await expect(run).rejects.toBeInstanceOf(SheetProtectedError);
    await expect(run).rejects.toThrow("“督办事项”表设置了工作表保护（带密码），本次没有更新此表。");
    expect(wb.values("督办事项", "B2")).toEqual([["协调第1号执行案件"]]);
    expect(wb.sheet("督办事项").protected).toBe(true);
  });

  it("writes null rows as blank rows, so rows can keep their positions", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1), null, matter(3)]);
    expect(wb.values("督办事项", "A2:A4")).toEqual([[1], [""], [3]]);
  });
});

describe("the snapshot inside the workbook", () => {
  it("survives saving and reopening: a new runtime reads the pulled rows back from the very hidden sheet", async () => {
    const wb = createMockWorkbook();
    const rows = [matter(1), matter(2, { version: 3, result: "已协调" })];
    await writeTable(wb.context, "matters", rows, { snapshot: rows, lists: { units: ["县法院"] } });
    expect(wb.sheet("台账快照").visibility).toBe("VeryHidden");
    const reopened = createMockWorkbook(wb.save());
    const { rows: snap, lists } = await readSnapshot(reopened.context);
    expect(snap.get("matters")?.map((r) => [r.id, r.version, r.result])).toEqual([[1, 1, null], [2, 3, "已协调"]]);
    expect(lists).toEqual({ units: ["县法院"] });
    expect(reopened.values("督办事项", "A3")).toEqual([[2]]);
  });

  it("has no snapshot when a pull was cancelled before its last chunk", async () => {
    const wb = createMockWorkbook();
    // About 8 MB of text: more than one request (each under 4 MB), so there is a chunk to stop after.
    const rows = Array.from({ length: 2000 }, (_, i) => matter(i + 1, { result: `第${i + 1}件：${"已协调处理，".repeat(300)}` }));
    const abort = new AbortController();
    await expect(writeTable(wb.context, "matters", rows, { snapshot: rows, signal: abort.signal, onProgress: () => abort.abort() })).rejects.toThrow();
    expect((await readSnapshot(wb.context)).rows.has("matters")).toBe(false);
  });
});
