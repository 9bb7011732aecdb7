import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { matter, LISTS } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: one table per sheet", () => {
  it("writes the 督办事项 headers in Chinese across the first row", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    expect(wb.values("督办事项", "A1:X1")).toEqual([
      ["编号", "事项名称", "任务序号", "来源", "牵头单位", "协办单位", "交办日期", "时限（工作日）", "办结日期", "办理结果",
        "截止日期", "原截止日期", "截止日期暂定", "状态", "时限状态", "按期办结",
        "催办", "剩余工作日", "逾期天数（工作日）", "延期", "协办反馈", "来源文号", "版本", "校验意见"],
    ]);
  });

  it("writes a matter's cells: dates as Excel dates, co-units joined with 、, flags as 是/否", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(7, { settled: "2026-03-10", result: "已执行到位", onTime: true, status: "已办结", state: "按期办结" })]);
    expect(wb.values("督办事项", "A2:W2")).toEqual([
      [7, "协调第7号执行案件", 26, "专题会议", "县法院", "县公安局、县自然资源局", 46083, 10, 46091, "已执行到位",
        46097, 46097, "否", "已办结", "按期办结", "是", "", "", "", "", "", "", 1],
    ]);
    expect(wb.cell("督办事项", "G2").numberFormat).toBe("yyyy-mm-dd");
  });

  it("makes the sheet's range one table named FuyuanMatters with 50 spare rows below the data", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1), matter(2)]);
    expect(wb.tables.get("FuyuanMatters")).toMatchObject({ sheet: "督办事项", address: "A1:X53" });
    expect([...wb.tables.keys()]).toEqual(["FuyuanMatters"]);
  });

  it("freezes the header row", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", []);
    expect(wb.sheet("进展报送").frozenRows).toBe(1);
  });

  it("replaces the rows of an earlier pull instead of adding to them", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1), matter(2), matter(3)]);
    await writeTable(wb.context, "matters", [matter(9)]);
    expect(wb.values("督办事项", "A2:A4")).toEqual([[9], [""], [""]]);
    expect(wb.tables.get("FuyuanMatters")?.address).toBe("A1:X52");
  });
});
