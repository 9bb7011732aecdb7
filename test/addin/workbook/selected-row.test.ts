import { describe, expect, it } from "vitest";
import { selectedRow, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

async function ledger() {
  const wb = createMockWorkbook();
  await writeTable(wb.context, "matters", [matter(3), matter(8)]);
  await writeTable(wb.context, "reports", [{ id: 41, unit: "县财政局", task: 17, period: "2026-Q1", progress: "已开会", problems: "", plan: "", submittedOn: "2026-03-20", version: 2 }]);
  return wb;
}

describe("selectedRow", () => {
  it("finds the matter of the selected cell's row by its 编号, whichever column is selected", async () => {
    const wb = await ledger();
    wb.selection = { sheet: "督办事项", address: "J3" };
    expect(await selectedRow(wb.context)).toEqual({ ok: true, sheet: "matters", id: 8 });
    wb.selection = { sheet: "督办事项", address: "A2" };
    expect(await selectedRow(wb.context)).toEqual({ ok: true, sheet: "matters", id: 3 });
  });

  it("finds a report on 进展报送", async () => {
    const wb = await ledger();
    wb.selection = { sheet: "进展报送", address: "E2" };
    expect(await selectedRow(wb.context)).toEqual({ ok: true, sheet: "reports", id: 41 });
  });

  it("says in Chinese what to select on another sheet, on the header, below the table and on a row not yet submitted", async () => {
    const wb = await ledger();
    await writeTable(wb.context, "tasks", [{ no: 1, domain: "甲", title: "乙", lead: "县法院", units: [], text: "" }]);
    wb.selection = { sheet: "重点工作", address: "B2" };
    expect(await selectedRow(wb.context)).toEqual({ ok: false, message: "请先在“督办事项”或“进展报送”表中选中要查看的行。" });
    wb.selection = { sheet: "督办事项", address: "B1" };
    expect(await selectedRow(wb.context)).toMatchObject({ ok: false, message: expect.stringContaining("不在“督办事项”表的数据行中") });
    wb.selection = { sheet: "督办事项", address: "B900" };
    expect(await selectedRow(wb.context)).toMatchObject({ ok: false, message: expect.stringContaining("不在“督办事项”表的数据行中") });
    wb.typeInto("督办事项", "B4", "新交办的事项");
    wb.selection = { sheet: "督办事项", address: "B4" };
    expect(await selectedRow(wb.context)).toEqual({ ok: false, message: "该行还没有编号（尚未提交到服务器），没有修改记录。" });
  });
});
