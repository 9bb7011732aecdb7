import { afterEach, describe, expect, it } from "vitest";
import { markRefusals, writeTable } from "../../../addin/workbook";
import { emulateExcelApi } from "./excel-api";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// 督办事项: A 编号 … Q 版本, R 校验意见.
async function pulled() {
  const wb = createMockWorkbook();
  await writeTable(wb.context, "matters", [matter(11), matter(12), matter(13)]);
  return wb;
}

afterEach(() => emulateExcelApi(null));

describe("markRefusals on an Excel without notes (Office 2021, the Office.js build the worker serves)", () => {
  it("fills the refused cell and its 校验意见 red and writes the reason there", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "lead", message: "县财政局不是任务26的责任单位" }], "all");
    expect(wb.values("督办事项", "X1:X4")).toEqual([["校验意见"], [""], ["县财政局不是任务26的责任单位"], [""]]);
    expect([wb.cell("督办事项", "E3").fill, wb.cell("督办事项", "X3").fill, wb.cell("督办事项", "X2").fill]).toEqual(["#FF9999", "#FF9999", "#D9D9D9"]);
    expect(wb.sheet("督办事项").notes.size).toBe(0);
  });

  it("finds the row by its 编号 when the refusal names the matter id", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: "13", column: "settled", message: "办结日期早于交办日期" }], "all");
    expect(wb.cell("督办事项", "I4").fill).toBe("#FF9999");
    expect(wb.values("督办事项", "X2:X4")).toEqual([[""], [""], ["办结日期早于交办日期"]]);
  });

  it("joins the reasons of one row in its 校验意见", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "title", message: "请填写事项名称" },
      { rowKey: 0, column: "days", message: "办理时限至少 1 个工作日" },
    ], "all");
    expect(wb.values("督办事项", "X2")).toEqual([["请填写事项名称；办理时限至少 1 个工作日"]]);
    expect([wb.cell("督办事项", "B2").fill, wb.cell("督办事项", "H2").fill]).toEqual(["#FF9999", "#FF9999"]);
  });

  it("clears a mark once the row is no longer refused, restoring its fills", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "lead", message: "单位不存在" },
      { rowKey: 2, column: "version", message: "版本已过期" },
    ], "all");
    await markRefusals(wb.context, "matters", [], [0, 2]);
    expect(wb.values("督办事项", "X2:X4")).toEqual([[""], [""], [""]]);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "W4").fill, wb.cell("督办事项", "X2").fill]).toEqual([null, "#D9D9D9", "#D9D9D9"]);
  });

  it("keeps a mark that is refused again and drops the one that was fixed", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "lead", message: "单位不存在" },
      { rowKey: 1, column: "days", message: "办理时限至少 1 个工作日" },
    ], "all");
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "days", message: "办理时限至少 1 个工作日" }], [0, 1]);
    expect(wb.values("督办事项", "X2:X3")).toEqual([[""], ["办理时限至少 1 个工作日"]]);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "H3").fill]).toEqual([null, "#FF9999"]);
  });

  it("leaves the marks of rows it was not told about: a push's refusal stays when the panel marks another row", async () => {
    const wb = await pulled();
    // 提交修改 sent rows 0 and 1: row 0 refused.
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "lead", message: "单位不存在" }], [0, 1]);
    // The 当前行 panel refused a 驳回 on matter 13 (row 2).
    await markRefusals(wb.context, "matters", [{ rowKey: "13", column: "id", message: "驳回延期：请填写驳回理由" }], ["13"]);
    expect(wb.values("督办事项", "X2:X4")).toEqual([["单位不存在"], [""], ["驳回延期：请填写驳回理由"]]);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "X2").fill]).toEqual(["#FF9999", "#FF9999"]);
    expect([wb.cell("督办事项", "A4").fill, wb.cell("督办事项", "X4").fill, wb.cell("督办事项", "X3").fill]).toEqual(["#FF9999", "#FF9999", "#D9D9D9"]);
  });

  it("clears a re-sent row that is now accepted and keeps the mark of a row not sent again", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "lead", message: "单位不存在" },
      { rowKey: 2, column: "days", message: "办理时限至少 1 个工作日" },
    ], [0, 1, 2]);
    // The next push sends row 0 only, and the server takes it.
    await markRefusals(wb.context, "matters", [], [0]);
    expect(wb.values("督办事项", "X2:X4")).toEqual([[""], [""], ["办理时限至少 1 个工作日"]]);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "X2").fill, wb.cell("督办事项", "W2").fill]).toEqual([null, "#D9D9D9", "#D9D9D9"]);
    expect([wb.cell("督办事项", "H4").fill, wb.cell("督办事项", "X4").fill]).toEqual(["#FF9999", "#FF9999"]);
  });

  it("fills 校验意见 red again on a row whose reason a rewrite of the sheet kept", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(11), { ...matter(12), remark: "单位不存在" }, matter(13)]);
    expect(wb.cell("督办事项", "X3").fill).toBe("#D9D9D9");
    await markRefusals(wb.context, "matters", [], []);
    expect(wb.values("督办事项", "X2:X4")).toEqual([[""], ["单位不存在"], [""]]);
    expect([wb.cell("督办事项", "X2").fill, wb.cell("督办事项", "X3").fill]).toEqual(["#D9D9D9", "#FF9999"]);
  });

  it("writes a reason that starts like a formula as text", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "title", message: "=不能以等号开头" }], "all");
    expect(wb.values("督办事项", "X2")).toEqual([["'=不能以等号开头"]]);
  });

  it("leaves the sheet unprotected after marking, so it can still be sorted", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "lead", message: "单位不存在" }], "all");
    expect(wb.sheet("督办事项").protected).toBe(false);
  });
});

describe("markRefusals where Excel has notes (ExcelApi 1.18)", () => {
  it("also puts the reason in a note on the refused cell", async () => {
    emulateExcelApi("1.18");
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "lead", message: "县财政局不是任务26的责任单位" }], "all");
    expect([...wb.sheet("督办事项").notes.entries()]).toEqual([["2,4", "【服务器退回】县财政局不是任务26的责任单位"]]);
    expect(wb.values("督办事项", "X3")).toEqual([["县财政局不是任务26的责任单位"]]);
  });

  it("deletes its own notes when the rows are fixed, and leaves the user's alone", async () => {
    emulateExcelApi("1.18");
    const wb = await pulled();
    wb.sheet("督办事项").notes.set("1,9", "记得周五前电话催办");
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "title", message: "请填写事项名称" }], "all");
    await markRefusals(wb.context, "matters", [], "all");
    expect([...wb.sheet("督办事项").notes.entries()]).toEqual([["1,9", "记得周五前电话催办"]]);
    expect(wb.cell("督办事项", "B2").fill).toBe(null);
  });

  it("deletes only the notes of the rows it marks again", async () => {
    emulateExcelApi("1.18");
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "title", message: "请填写事项名称" }], [0]);
    await markRefusals(wb.context, "matters", [{ rowKey: 2, column: "lead", message: "单位不存在" }], [2]);
    expect([...wb.sheet("督办事项").notes.entries()].sort()).toEqual([["1,1", "【服务器退回】请填写事项名称"], ["3,4", "【服务器退回】单位不存在"]]);
    await markRefusals(wb.context, "matters", [], [0]);
    expect([...wb.sheet("督办事项").notes.entries()]).toEqual([["3,4", "【服务器退回】单位不存在"]]);
  });

  it("marks without notes when Excel has them but the loaded Office.js does not (OFFICE_JS=local)", async () => {
    emulateExcelApi("1.18", { objectModel: "1.15" });
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "lead", message: "单位不存在" }], "all");
    expect(wb.values("督办事项", "X3")).toEqual([["单位不存在"]]);
    expect(wb.cell("督办事项", "E3").fill).toBe("#FF9999");
  });
});
