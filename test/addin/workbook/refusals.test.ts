import { describe, expect, it } from "vitest";
import { markRefusals, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

async function pulled() {
  const wb = createMockWorkbook();
  await writeTable(wb.context, "matters", [matter(11), matter(12), matter(13)]);
  return wb;
}

describe("markRefusals", () => {
  it("fills the refused cell red and puts the reason in its note", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "lead", message: "县财政局不是任务26的责任单位" }]);
    expect(wb.cell("督办事项", "E3").fill).toBe("#FF9999");
    expect(wb.sheet("督办事项").notes.get("2,4")).toBe("【服务器退回】县财政局不是任务26的责任单位");
  });

  it("finds the row by its 编号 when the refusal names the matter id", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: "13", column: "settled", message: "办结日期早于交办日期" }]);
    expect(wb.cell("督办事项", "I4").fill).toBe("#FF9999");
    expect([...wb.sheet("督办事项").notes.entries()]).toEqual([["3,8", "【服务器退回】办结日期早于交办日期"]]);
  });

  it("joins two reasons for the same cell in one note", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "title", message: "请填写事项名称" },
      { rowKey: 0, column: "title", message: "不超过200字" },
    ]);
    expect(wb.sheet("督办事项").notes.get("1,1")).toBe("【服务器退回】请填写事项名称；不超过200字");
  });

  it("clears a mark once the cell is no longer refused, restoring its fill", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "lead", message: "单位不存在" },
      { rowKey: 2, column: "version", message: "版本已过期" },
    ]);
    await markRefusals(wb.context, "matters", []);
    expect(wb.sheet("督办事项").notes.size).toBe(0);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "Q4").fill]).toEqual([null, "#D9D9D9"]);
  });

  it("keeps a mark that is refused again and drops the one that was fixed", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [
      { rowKey: 0, column: "lead", message: "单位不存在" },
      { rowKey: 1, column: "days", message: "办理时限至少 1 个工作日" },
    ]);
    await markRefusals(wb.context, "matters", [{ rowKey: 1, column: "days", message: "办理时限至少 1 个工作日" }]);
    expect([...wb.sheet("督办事项").notes.entries()]).toEqual([["2,7", "【服务器退回】办理时限至少 1 个工作日"]]);
    expect([wb.cell("督办事项", "E2").fill, wb.cell("督办事项", "H3").fill]).toEqual([null, "#FF9999"]);
  });

  it("leaves the user's own notes alone", async () => {
    const wb = await pulled();
    wb.sheet("督办事项").notes.set("1,9", "记得周五前电话催办");
    await markRefusals(wb.context, "matters", []);
    expect(wb.sheet("督办事项").notes.get("1,9")).toBe("记得周五前电话催办");
  });

  it("leaves the sheet unprotected after marking, so it can still be sorted", async () => {
    const wb = await pulled();
    await markRefusals(wb.context, "matters", [{ rowKey: 0, column: "lead", message: "单位不存在" }]);
    expect(wb.sheet("督办事项").protected).toBe(false);
  });
});
