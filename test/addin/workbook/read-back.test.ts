import { describe, expect, it } from "vitest";
import { changedRows, readTable, ROW_INDEX, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

async function pulled(rows: Record<string, unknown>[]) {
  const wb = createMockWorkbook();
  await writeTable(wb.context, "matters", rows);
  return wb;
}

describe("readTable", () => {
  it("reads a pulled matter back in its wire shape, with its table row", async () => {
    const wb = await pulled([matter(3, { settled: "2026-03-10", onTime: true, result: "已执行到位" })]);
    const [row] = await readTable(wb.context, "matters");
    expect(row).toEqual({
      [ROW_INDEX]: 0, id: 3, title: "协调第3号执行案件", task: 26, source: "专题会议", lead: "县法院", co: ["县公安局", "县自然资源局"],
      assigned: "2026-03-02", days: 10, settled: "2026-03-10", result: "已执行到位", deadline: "2026-03-16",
      originalDeadline: "2026-03-16", provisional: false, status: "办理中", state: "正常", onTime: true, version: 1, remark: null,
      reminder: null, workdaysToGo: null, overdueDays: null, extension: null, coFeedback: null, sourceRef: null,
    });
  });

  it("skips the blank spare rows but reads a row the user typed into them", async () => {
    const wb = await pulled([matter(1)]);
    wb.typeInto("督办事项", "B5", "新交办：协调破产企业土地处置");
    wb.typeInto("督办事项", "F5", "县财政局，县自然资源局");
    const rows = await readTable(wb.context, "matters");
    expect(rows.map((r) => [r[ROW_INDEX], r.id, r.title, r.co])).toEqual([
      [0, 1, "协调第1号执行案件", ["县公安局", "县自然资源局"]],
      [3, null, "新交办：协调破产企业土地处置", ["县财政局", "县自然资源局"]],
    ]);
  });

  it("reads a missing sheet as no rows", async () => {
    const wb = createMockWorkbook();
    expect(await readTable(wb.context, "reports")).toEqual([]);
  });
});

describe("changedRows", () => {
  it("returns nothing when the sheet is as pulled", async () => {
    const snapshot = [matter(1), matter(2)];
    const wb = await pulled(snapshot);
    expect(changedRows(await readTable(wb.context, "matters"), snapshot, "matters")).toEqual([]);
  });

  it("returns the row whose result the user filled in, and a new row", async () => {
    const snapshot = [matter(1), matter(2)];
    const wb = await pulled(snapshot);
    wb.typeInto("督办事项", "J3", "已协调完毕");
    wb.typeInto("督办事项", "B4", "新事项");
    const changed = changedRows(await readTable(wb.context, "matters"), snapshot, "matters");
    expect(changed.map((r) => [r.id, r.result ?? r.title])).toEqual([[2, "已协调完毕"], [null, "新事项"]]);
  });

  it("ignores differences in the server's columns", () => {
    const before = [matter(1)];
    const now = [{ ...matter(1), state: "逾期", version: 4 }];
    expect(changedRows(now, before, "matters")).toEqual([]);
  });

  it("does not change its inputs", () => {
    const before = [matter(1)];
    const now = [matter(1, { result: "改了" })];
    const copies = JSON.stringify([before, now]);
    changedRows(now, before, "matters");
    expect(JSON.stringify([before, now])).toBe(copies);
  });
});
