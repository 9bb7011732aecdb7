import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { enterpriseRows, petitionRiskRows } from "../../../addin/sync/register-rows";
import { createMockWorkbook } from "./mock-workbook";

const hearing = { id: 3, caseNo: "（2026）皖1524行初1号", court: "金寨县人民法院", hearingOn: "2026-10-12", agency: "县住建局", headRequired: true, appeared: "仅工作人员", headSpoke: null, note: null, missed: true, version: 2 };

describe("the register sheets", () => {
  it("writes 出庭应诉 with Chinese headers, dates as Excel dates and flags as 是/否, in one table", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "hearings", [hearing]);
    expect(wb.values("出庭应诉", "A1:K1")).toEqual([["编号", "案号", "审理法院", "开庭日期", "被诉行政机关", "应由负责人出庭", "出庭人员", "负责人出庭发言", "应出庭未出庭", "备注", "版本"]]);
    expect(wb.values("出庭应诉", "A2:K2")).toEqual([[3, "（2026）皖1524行初1号", "金寨县人民法院", 46307, "县住建局", "是", "仅工作人员", "", "是", "", 2]]);
    expect(wb.tables.get("FuyuanHearings")).toMatchObject({ sheet: "出庭应诉", address: "A1:K2" });
  });

  it("writes 司法建议 with its reply state beside the limit", async () => {
    const wb = createMockWorkbook();
    const s = { id: 1, no: "司建1号", issuedOn: "2026-07-01", addressee: "县人社局", subject: "劳动保障监察", kind: "监管漏洞", replyDays: 60, replyBy: "2026-08-30", repliedOn: "2026-08-31", adoption: "未采纳", reply: "不予采纳", reason: "无法律依据", replyState: "逾期回复", onTime: false, version: 2 };
    await writeTable(wb.context, "suggestions", [s]);
    expect(wb.values("司法建议", "G1:L2")).toEqual([
      ["回复期限", "回复日期", "采纳情况", "回复内容", "未采纳理由", "回复状态"],
      [46264, 46265, "未采纳", "不予采纳", "无法律依据", "逾期回复"],
    ]);
  });

  it("shows a petition-risk case's actions one per line and an enterprise's movement with its latest review", async () => {
    const risks = petitionRiskRows([{ id: 1, caseNo: "行初30号", agency: "县自然资源局", grade: "高", assessedOn: "2026-11-01", plan: "判后答疑", liaison: "张某", status: "跟进中", version: 1, actions: [{ id: 1, doneOn: "2026-11-05", action: "与局长沟通" }, { id: 2, doneOn: "2026-11-09", action: "诉前疏导" }] }]);
    expect(risks[0]!.actions).toEqual(["2026-11-05 与局长沟通", "2026-11-09 诉前疏导"]);
    const list = enterpriseRows([{ id: 4, name: "某机械公司", level: "已退出", measures: ["重整"], units: ["县法院", "县科商经信局"], movement: "中→高→已退出", version: 3, reviews: [{ id: 1, reviewedOn: "2026-03-01", level: "中", note: "资金链紧张" }, { id: 2, reviewedOn: "2026-11-01", level: "已退出", note: "重整完成" }] }]);
    const wb = createMockWorkbook();
    await writeTable(wb.context, "petitionRisks", risks);
    await writeTable(wb.context, "enterprises", list);
    expect(wb.values("信访风险评估", "H2")).toEqual([["2026-11-05 与局长沟通、2026-11-09 诉前疏导"]]);
    expect(wb.values("危困企业名册", "B2:H2")).toEqual([["某机械公司", "已退出", "重整", "县法院、县科商经信局", "中→高→已退出", 46327, "重整完成"]]);
  });
});
