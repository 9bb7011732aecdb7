import { describe, expect, it } from "vitest";
import { writeConflicts, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeConflicts", () => {
  it("shows my value next to the server's, field by field, flagging what differs", async () => {
    const wb = createMockWorkbook();
    const mine = matter(5, { result: "已协调", version: 1 });
    const theirs = matter(5, { result: "法院已执行完毕", settled: "2026-03-09", version: 2 });
    await writeConflicts(wb.context, "matters", [{ mine, theirs }]);
    expect(wb.values("冲突", "A1:F1")).toEqual([["工作表", "编号", "字段", "我的修改", "服务器当前", "是否不同"]]);
    expect(wb.values("冲突", "A9:F12")).toEqual([
      ["督办事项", 5, "办结日期", "", "2026-03-09", "是"],
      ["督办事项", 5, "办理结果", "已协调", "法院已执行完毕", "是"],
      ["督办事项", 5, "来源文号", "", "", "否"],
      ["督办事项", 5, "版本", "1", "2", "是"],
    ]);
    expect(wb.values("冲突", "C2:F2")).toEqual([["事项名称", "协调第5号执行案件", "协调第5号执行案件", "否"]]);
  });

  it("never touches the ledger row", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(5, { result: "已协调" })]);
    await writeConflicts(wb.context, "matters", [{ mine: matter(5, { result: "已协调" }), theirs: matter(5, { result: "别人改的", version: 2 }) }]);
    expect(wb.values("督办事项", "J2")).toEqual([["已协调"]]);
    expect(wb.values("督办事项", "W2")).toEqual([[1]]);
  });

  it("highlights the differing lines and opens the 冲突 sheet", async () => {
    const wb = createMockWorkbook();
    await writeConflicts(wb.context, "matters", [{ mine: matter(5), theirs: matter(5, { version: 2 }) }]);
    expect(wb.sheet("冲突").conditionalFormats).toEqual([{ address: "A2:F12", type: "Custom", formula: '=$F2="是"', fill: "#FFEB9C" }]);
    expect(wb.activeSheet).toBe("冲突");
  });
});
