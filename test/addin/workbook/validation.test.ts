import { describe, expect, it } from "vitest";
import { matterSources } from "../../../schema/values";
import { writeTable } from "../../../addin/workbook";
import { LISTS, matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: dropdowns from the server's lists", () => {
  it("keeps the units on a hidden 列表 sheet under a workbook name", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    expect(wb.sheet("列表").visibility).toBe("Hidden");
    expect(wb.values("列表", "A1:A6")).toEqual([["单位"], ["县法院"], ["县司法局"], ["县公安局"], ["县自然资源局"], ["县财政局"]]);
    expect(wb.names.get("List_Units")).toBe("='列表'!$A$2:$A$6");
  });

  it("offers only the listed units in 牵头单位 and refuses anything else", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    const rule = wb.sheet("督办事项").validations.find((v) => v.address === "E2:E52");
    expect(rule?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Units" } });
    expect(rule?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "牵头单位无效", message: "请从下拉列表中选择牵头单位。" });
  });

  it("offers the task numbers in 任务序号 and the five sources in 来源", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    const rules = new Map(wb.sheet("督办事项").validations.map((v) => [v.address, v.rule]));
    expect(rules.get("C2:C52")).toEqual({ list: { inCellDropDown: true, source: "=List_Tasks" } });
    expect(rules.get("D2:D52")).toEqual({ list: { inCellDropDown: true, source: "=List_Sources" } });
    expect(wb.values("列表", "B2:B5")).toEqual([[1], [2], [26], [32]]);
    expect(wb.values("列表", "C2:C6")).toEqual([["会议纪要"], ["专题会议"], ["专班"], ["司法建议"], ["其他"]]);
  });

  it("offers in 来源 exactly the sources the server accepts", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    expect(wb.values("列表", `C2:C${matterSources.length + 2}`)).toEqual([...matterSources.map((s) => [s]), [""]]);
  });

  it("keeps the unit dropdown on a later pull that brings no unit list", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    await writeTable(wb.context, "reports", []);
    const rule = wb.sheet("进展报送").validations.find((v) => v.address === "B2:B51");
    expect(rule?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Units" } });
    expect(wb.values("列表", "A2")).toEqual([["县法院"]]);
  });

  it("puts no dropdown on the server's columns", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: LISTS });
    expect(wb.sheet("督办事项").validations.map((v) => v.address)).toEqual(["C2:C52", "D2:D52", "E2:E52"]);
  });

  it("offers the running task forces in 来源文号, advising without stopping a minutes number typed there", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { lists: { ...LISTS, taskforces: ["某企业破产重整工作专班"] } });
    const rule = wb.sheet("督办事项").validations.find((v) => v.address === "V2:V52");
    expect(rule?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Taskforces" } });
    expect(rule?.errorAlert).toMatchObject({ showAlert: true, style: "Information", title: "请核对来源文号" });
    expect(String((rule?.errorAlert as { message?: string } | undefined)?.message)).toContain("来源为专班时请从下拉列表中选择交办的专班");
  });
});
