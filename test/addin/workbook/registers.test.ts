import { describe, expect, it } from "vitest";
import { enterpriseRiskLevels, hearingAppearances, riskGrades, suggestionAdoptions, suggestionKinds } from "../../../schema/values";
import { readSnapshot, writeTable } from "../../../addin/workbook";
import { SERVER_FILL } from "../../../addin/workbook/layouts";
import { enterpriseRows, petitionRiskRows } from "../../../addin/sync/register-rows";
import { createMockWorkbook, type MockWorkbook } from "./mock-workbook";

const hearing = { id: 3, caseNo: "（2026）皖1524行初1号", court: "金寨县人民法院", hearingOn: "2026-10-12", agency: "县住建局", headRequired: true, appeared: "仅工作人员", headSpoke: null, note: null, missed: true, version: 2 };
const suggestion = { id: 1, no: "司建1号", issuedOn: "2026-07-01", addressee: "县人社局", subject: "劳动保障监察", kind: "监管漏洞", replyDays: 60, replyBy: "2026-08-30", repliedOn: "2026-08-31", adoption: "未采纳", reply: "不予采纳", reason: "无法律依据", replyState: "逾期回复", onTime: false, version: 2 };
const LISTS = { units: ["县法院"], allUnits: ["县法院", "县住建局", "县人社局"], tasks: [8] };

/** The dropdown of a column (by its header's letter), as the validation rule's source. */
const dropdown = (wb: MockWorkbook, sheet: string, letter: string) => wb.sheet(sheet).validations.find((v) => v.address.startsWith(`${letter}2:`));
/** The values of a named list on 列表, found through its workbook name. */
function listValues(wb: MockWorkbook, name: string): unknown[] {
  const ref = wb.names.get(name)!;
  const [, from, to] = /!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(ref)!;
  return wb.values("列表", `${from!.replace("$", "")}:${to!.replace("$", "")}`).map((r) => r[0]);
}

describe("the register sheets", () => {
  it("writes 出庭应诉 with Chinese headers, dates as Excel dates and flags as 是/否, 校验意见 last, spare rows to type into", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "hearings", [hearing], { lists: LISTS });
    expect(wb.values("出庭应诉", "A1:L1")).toEqual([["编号", "案号", "审理法院", "开庭日期", "被诉行政机关", "应由负责人出庭", "出庭人员", "负责人出庭发言", "备注", "应出庭未出庭", "版本", "校验意见"]]);
    expect(wb.values("出庭应诉", "A2:K2")).toEqual([[3, "（2026）皖1524行初1号", "金寨县人民法院", 46307, "县住建局", "是", "仅工作人员", "", "", "是", 2]]);
    expect(wb.tables.get("FuyuanHearings")).toMatchObject({ sheet: "出庭应诉", address: "A1:L22" });
    // What the court and the office type is white; the server's 编号, flag and version are grey.
    expect(wb.cell("出庭应诉", "B2").fill).toBeNull();
    expect(wb.cell("出庭应诉", "E22").fill).toBeNull();
    expect(wb.cell("出庭应诉", "A2").fill).toBe(SERVER_FILL);
    expect(wb.cell("出庭应诉", "J2").fill).toBe(SERVER_FILL);
  });

  it("offers who appeared from the server's list, 是/否 for the flags, and every unit (even on a unit's pull) without refusing another name", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "hearings", [hearing], { lists: LISTS });
    expect(dropdown(wb, "出庭应诉", "G")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Appearances" } });
    expect(listValues(wb, "List_Appearances")).toEqual([...hearingAppearances]);
    expect(dropdown(wb, "出庭应诉", "F")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_YesNo" } });
    expect(dropdown(wb, "出庭应诉", "H")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_YesNo" } });
    expect(listValues(wb, "List_YesNo")).toEqual(["是", "否"]);
    const agency = dropdown(wb, "出庭应诉", "E");
    expect(agency?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_AllUnits" } });
    expect(agency?.errorAlert).toMatchObject({ showAlert: true, style: "Information" });
    expect(listValues(wb, "List_AllUnits")).toEqual(["县法院", "县住建局", "县人社局"]);
    // 出庭人员 refuses anything off its list at the cell.
    expect(dropdown(wb, "出庭应诉", "G")?.errorAlert).toMatchObject({ style: "Stop" });
  });

  it("writes 司法建议 with the reply cells the addressee fills, the adoption dropdown and the reply state coloured", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "suggestions", [suggestion], { lists: LISTS });
    expect(wb.values("司法建议", "G1:O2")).toEqual([
      ["回复期限（天）", "回复日期", "采纳情况", "回复内容", "未采纳理由", "回复截止日期", "回复状态", "版本", "校验意见"],
      [60, 46265, "未采纳", "不予采纳", "无法律依据", 46264, "逾期回复", 2, ""],
    ]);
    expect(dropdown(wb, "司法建议", "I")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_Adoptions" } });
    expect(listValues(wb, "List_Adoptions")).toEqual([...suggestionAdoptions]);
    expect(dropdown(wb, "司法建议", "F")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_SuggestionKinds" } });
    expect(listValues(wb, "List_SuggestionKinds")).toEqual([...suggestionKinds]);
    expect(wb.cell("司法建议", "H2").fill).toBeNull();
    expect(wb.cell("司法建议", "M2").fill).toBe(SERVER_FILL);
    const rule = (state: string, fill: string, font: string) => ({ address: "A2:O22", type: "Custom", formula: `=$M2="${state}"`, fill, font });
    expect(wb.sheet("司法建议").conditionalFormats).toEqual([
      rule("已逾期未回复", "#FFC7CE", "#9C0006"),
      rule("逾期回复", "#F8CBAD", "#833C0B"),
      rule("按期回复", "#C6EFCE", "#006100"),
    ]);
  });

  it("shows a petition-risk case's actions one per line and an enterprise's latest review, with their level dropdowns", async () => {
    const risks = petitionRiskRows([{ id: 1, caseNo: "行初30号", agency: "县自然资源局", grade: "高", assessedOn: "2026-11-01", plan: "判后答疑", liaison: "张某", status: "跟进中", version: 1, actions: [{ id: 1, doneOn: "2026-11-05", action: "与局长沟通" }, { id: 2, doneOn: "2026-11-09", action: "诉前疏导" }] }]);
    expect(risks[0]!.actions).toEqual(["2026-11-05 与局长沟通", "2026-11-09 诉前疏导"]);
    const list = enterpriseRows([{ id: 4, name: "某机械公司", level: "已退出", measures: ["重整"], units: ["县法院", "县科商经信局"], movement: "中→高→已退出", version: 3, reviews: [{ id: 1, reviewedOn: "2026-03-01", level: "中", note: "资金链紧张" }, { id: 2, reviewedOn: "2026-11-01", level: "已退出", note: "重整完成" }] }]);
    const wb = createMockWorkbook();
    await writeTable(wb.context, "petitionRisks", risks);
    await writeTable(wb.context, "enterprises", list);
    expect(wb.values("信访风险评估", "I1:K2")).toEqual([["新增工作日期", "新增工作内容", "工作记录"], ["", "", "2026-11-05 与局长沟通、2026-11-09 诉前疏导"]]);
    expect(dropdown(wb, "信访风险评估", "D")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_RiskGrades" } });
    expect(listValues(wb, "List_RiskGrades")).toEqual([...riskGrades]);
    expect(wb.values("危困企业名册", "B2:H2")).toEqual([["某机械公司", "已退出", "重整", "县法院、县科商经信局", 46327, "重整完成", "中→高→已退出"]]);
    expect(dropdown(wb, "危困企业名册", "C")?.rule).toEqual({ list: { inCellDropDown: true, source: "=List_EnterpriseLevels" } });
    expect(listValues(wb, "List_EnterpriseLevels")).toEqual([...enterpriseRiskLevels]);
  });

  it("keeps each register's pulled rows in the workbook, so a reopened file pushes only its changed rows", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "hearings", [hearing], { snapshot: [hearing] });
    await writeTable(wb.context, "suggestions", [suggestion], { snapshot: [suggestion] });
    const reopened = createMockWorkbook(wb.save());
    const { rows } = await readSnapshot(reopened.context);
    expect(rows.get("hearings")).toEqual([hearing]);
    expect(rows.get("suggestions")?.[0]).toMatchObject({ id: 1, repliedOn: "2026-08-31", version: 2 });
    expect(rows.has("matters")).toBe(false);
  });
});
