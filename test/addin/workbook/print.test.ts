import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// Every sheet the add-in writes prints as a 台账 page, and reads at 100% zoom: what a clerk checks in
// 页面设置 and on the screen after a pull.

describe("a pulled sheet as a printed 台账 page", () => {
  it("is A4 landscape, one page wide, the header row on every page, titled, numbered and dated", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { pulledAt: "2026-12-01 09:30" });
    const page = wb.sheet("督办事项").pageLayout;
    expect(page).toMatchObject({ orientation: "Landscape", paperSize: "A4", titleRows: "$1:$1", centerHorizontally: true });
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(page.footers).toEqual({ centerHeader: "&B府院联动台账　督办事项&B", centerFooter: "第 &P 页，共 &N 页", rightFooter: "拉取于 2026-12-01 09:30" });
    expect(page.leftMargin).toBeGreaterThan(page.rightMargin!);
  });

  it("moves the pull time on at the next pull, changing nothing else", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", [], { pulledAt: "2026-12-01 09:30" });
    await writeTable(wb.context, "reports", [], { pulledAt: "2026-12-02 16:05" });
    expect(wb.sheet("进展报送").pageLayout.footers?.rightFooter).toBe("拉取于 2026-12-02 16:05");
    expect(wb.sheet("进展报送").pageLayout.footers?.centerHeader).toBe("&B府院联动台账　进展报送&B");
  });

  it("leaves a clerk's own print settings and footer alone", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)], { pulledAt: "2026-12-01 09:30" });
    wb.sheet("督办事项").pageLayout = { orientation: "Portrait", printArea: "A1:J60", titleRows: "$1:$2", footers: { rightFooter: "县府院联动办 制表" } };
    await writeTable(wb.context, "matters", [matter(1)], { pulledAt: "2026-12-02 10:00" });
    expect(wb.sheet("督办事项").pageLayout).toEqual({ orientation: "Portrait", printArea: "A1:J60", titleRows: "$1:$2", footers: { rightFooter: "县府院联动办 制表" } });
  });

  it("wraps long text in its set width and aligns rows to the top; short columns stay on one line", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { result: "已协调财政、人社等部门，分三期支付欠薪，第一期已于本月到位。" })]);
    const sheet = wb.sheet("督办事项");
    // B 事项名称, F 协办单位, J 办理结果 wrap; A 编号 and G 交办日期 do not.
    expect(["B2", "F2", "J2"].map((a) => wb.cell("督办事项", a).wrap)).toEqual([true, true, true]);
    expect(["A2", "G2"].map((a) => wb.cell("督办事项", a).wrap ?? false)).toEqual([false, false]);
    expect(wb.cell("督办事项", "J2").verticalAlignment).toBe("Top");
    expect(sheet.columnWidths.get(9)).toBe(200);
  });

  it("keeps a sheet that is all the server's white, to be read; grey marks only what is not to be typed beside what is", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "tasks", [{ no: 1, domain: "法治政府建设", title: "推进行政争议实质性化解", lead: "县司法局", units: ["县法院"], text: "……" }]);
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(["A2", "C2", "F2"].map((a) => wb.cell("重点工作", a).fill)).toEqual([null, null, null]);
    expect(wb.cell("重点工作", "M2").wrap).toBe(true);
    expect(wb.cell("督办事项", "A2").fill).toBe("#D9D9D9");
    expect(wb.cell("督办事项", "B2").fill).toBeNull();
  });
});
