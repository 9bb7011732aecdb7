import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db, tokenFor } from "./helpers";
import { reports, units } from "../../schema/tables";
import { fetchFile, readXlsx, upload, XLSX } from "./files-fixtures";

const template = (token: string, query: string) => fetchFile(`/api/v1/files/report-template?${query}`, { token });

/** The duty rows of the 报送表 (from row 5): task, title, 本期报送, progress, problems, plan, remark, version. */
function dutyRows(wb: Awaited<ReturnType<typeof readXlsx>>) {
  const ws = wb.getWorksheet("报送表")!;
  const rows: string[][] = [];
  for (let r = 5; r <= ws.rowCount; r++) rows.push([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(r).getCell(c).text));
  return rows;
}

async function storedFor(unit: string, period: string) {
  const [u] = await db().select().from(units).where(eq(units.name, unit));
  return db().select().from(reports).where(and(eq(reports.unitId, u!.id), eq(reports.period, period)));
}

describe("GET /api/v1/files/report-template", () => {
  it("gives a unit its own duties for the period, with unit and period on the sheet and the marks hidden", async () => {
    const token = await tokenFor("unit", "县财政局");
    const res = await template(token, "period=2026-Q4");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    expect(res.headers.get("Content-Disposition")).toContain(encodeURIComponent("县财政局-2026-Q4-报送表.xlsx"));
    const wb = await readXlsx(res.bytes);
    const ws = wb.getWorksheet("报送表")!;
    expect(ws.getCell("A2").text).toBe("报送单位：县财政局");
    expect(ws.getCell("D2").text).toContain("报送期次：2026-Q4");
    expect(ws.getRow(4).values).toEqual([undefined, "任务序号", "重点工作", "本期报送", "工作进展（必填）", "存在问题", "下步计划", "校验意见", "版本"]);
    const rows = dutyRows(wb);
    expect(rows.map((r) => r[0])).toContain("17");
    expect(rows.map((r) => r[0])).toContain("20");
    expect(rows.every((r) => r[1] !== "" && r[2] === "报送")).toBe(true);
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "list", formulae: ['"报送,暂不报送"'] });
    expect(ws.getCell("D5").dataValidation).toMatchObject({ type: "textLength", formulae: [4000] });
    expect(ws.getColumn("H").hidden).toBe(true);
    expect(ws.getCell("A5").protection?.locked).not.toBe(false);
    expect(ws.getCell("D5").protection?.locked).toBe(false);
    const marks = wb.getWorksheet("模板信息")!;
    expect(marks.state).toBe("hidden");
    expect(marks.getCell("B1").text).toBe("fuyuan-report-template");
    expect(marks.getCell("B4").text).toBe("县财政局");
    expect(marks.getCell("B5").text).toBe("2026-Q4");
  });

  it("lists only tasks the unit is responsible for (not task 1 of another unit)", async () => {
    const finance = dutyRows(await readXlsx((await template(await tokenFor("unit", "县财政局"), "period=2026-Q4")).bytes)).map((r) => r[0]);
    const forestry = dutyRows(await readXlsx((await template(await tokenFor("unit", "县林业局"), "period=2026-Q4")).bytes)).map((r) => r[0]);
    expect(forestry).toContain("18");
    expect(forestry).not.toContain("17");
    expect(finance).not.toEqual(forestry);
  });

  it("lets the office download a unit's template by name, and refuses a unit naming another unit or a leader", async () => {
    const office = await tokenFor("office");
    const res = await template(office, `period=2026-Q4&unit=${encodeURIComponent("县财政局")}`);
    expect(res.status).toBe(200);
    expect((await readXlsx(res.bytes)).getWorksheet("模板信息")!.getCell("B4").text).toBe("县财政局");
    const noUnit = await template(office, "period=2026-Q4");
    expect(noUnit.status).toBe(422);
    expect(noUnit.json.error.details[0]).toMatchObject({ column: "unit", code: "required" });
    const other = await template(await tokenFor("unit", "县林业局"), `period=2026-Q4&unit=${encodeURIComponent("县财政局")}`);
    expect(other.status).toBe(403);
    expect((await template(await tokenFor("leader"), "period=2026-Q4&unit=x")).status).toBe(403);
  });

  it("refuses a period that is not one (422 on period)", async () => {
    const res = await template(await tokenFor("unit", "县财政局"), "period=2026-13");
    expect(res.status).toBe(422);
    expect(res.json.error.details[0].column).toBe("period");
  });
});

describe("POST /api/v1/files/reports", () => {
  it("stores the filled rows, leaves out 暂不报送, and fills the next template with the stored text and version", async () => {
    const token = await tokenFor("unit", "县财政局");
    const wb = await readXlsx((await template(token, "period=2026-Q3")).bytes);
    const ws = wb.getWorksheet("报送表")!;
    const rows = dutyRows(wb);
    rows.forEach((_, i) => {
      ws.getCell(`D${5 + i}`).value = `第${rows[i]![0]}项：已完成年度目标的八成`;
      ws.getCell(`F${5 + i}`).value = "下季度收尾";
    });
    ws.getCell("C5").value = "暂不报送";
    const res = await upload(wb, token, "?period=2026-Q3");
    expect(res.status).toBe(200);
    expect(res.json.rows).toHaveLength(rows.length - 1);
    const stored = await storedFor("县财政局", "2026-Q3");
    expect(stored.map((r) => r.taskNo).sort((a, b) => a - b)).toEqual(rows.slice(1).map((r) => Number(r[0])).sort((a, b) => a - b));
    expect(stored.find((r) => r.taskNo === Number(rows[1]![0]))!.progress).toBe(`第${rows[1]![0]}项：已完成年度目标的八成`);

    const again = dutyRows(await readXlsx((await template(token, "period=2026-Q3")).bytes));
    expect(again[1]![3]).toBe(`第${rows[1]![0]}项：已完成年度目标的八成`);
    expect(again[1]![7]).toBe("1");
    expect(again[0]![7]).toBe("");
  });

  it("refuses the whole file when one row lacks its progress, naming the cell, and writes nothing", async () => {
    const token = await tokenFor("unit", "县财政局");
    const wb = await readXlsx((await template(token, "period=2026-Q2")).bytes);
    const ws = wb.getWorksheet("报送表")!;
    const n = dutyRows(wb).length;
    for (let i = 0; i < n; i++) ws.getCell(`D${5 + i}`).value = "按计划推进";
    ws.getCell("D6").value = null;
    const res = await upload(wb, token);
    expect(res.status).toBe(422);
    expect(res.json.error.message).toBe("提交的数据有误，请按提示修改后重试");
    expect(res.json.error.details.length).toBeGreaterThan(0);
    expect(res.json.error.details.every((d: any) => d.row === 1 && d.column === "progress")).toBe(true);
    expect(res.json.error.cells).toEqual([expect.objectContaining({ cell: "D6", sheetRow: 6, header: "工作进展（必填）" })]);
    expect(res.json.error.cells[0].message).toContain("请填写工作进展");
    expect(await storedFor("县财政局", "2026-Q2")).toEqual([]);
  });

  it("answers the file back on request, the refused cell red with its reason in 校验意见", async () => {
    const token = await tokenFor("unit", "县财政局");
    const wb = await readXlsx((await template(token, "period=2026-Q1")).bytes);
    const ws = wb.getWorksheet("报送表")!;
    const n = dutyRows(wb).length;
    for (let i = 0; i < n; i++) ws.getCell(`D${5 + i}`).value = "按计划推进";
    ws.getCell("A7").value = 5;
    for (const how of [{ query: "?marked=1", headers: {} as Record<string, string> }, { query: "", headers: { Accept: XLSX } }]) {
      const res = await upload(wb, token, how.query, how.headers);
      expect(res.status).toBe(403);
      expect(res.headers.get("Content-Type")).toBe(XLSX);
      const back = (await readXlsx(res.bytes)).getWorksheet("报送表")!;
      expect(back.getCell("A7").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
      expect(back.getCell("G7").text).toContain("不是第5项重点工作的责任单位");
      expect(back.getCell("G5").text).toBe("");
      expect(back.getCell("A5").fill).not.toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    }
    expect(await storedFor("县财政局", "2026-Q1")).toEqual([]);
  });

  it("refuses another unit's file, another period's, a file that is not an .xlsx or not our template, and an oversized one", async () => {
    const finance = await tokenFor("unit", "县财政局");
    const forestry = await tokenFor("unit", "县林业局");
    const wb = await readXlsx((await template(finance, "period=2026-Q4")).bytes);
    wb.getWorksheet("报送表")!.getCell("D5").value = "进展";

    const other = await upload(wb, forestry);
    expect(other.status).toBe(403);
    expect(other.json.error.message).toBe("这份报送表属于县财政局，不能以县林业局的身份提交，整表未保存");
    const period = await upload(wb, finance, "?period=2026-Q3");
    expect(period.status).toBe(422);
    expect(period.json.error.message).toContain("这份报送表是 2026-Q4 期的，不是 2026-Q3 期的");

    const text = await upload(new TextEncoder().encode("任务,进展\n17,好").buffer as ArrayBuffer, finance);
    expect(text.status).toBe(422);
    expect(text.json.error.message).toContain("不是 .xlsx 格式");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).buffer;
    expect((await upload(xls, finance)).json.error.message).toContain("另存为” .xlsx");

    const plain = await readXlsx((await template(finance, "period=2026-Q4")).bytes);
    plain.removeWorksheet(plain.getWorksheet("模板信息")!.id);
    const notOurs = await upload(plain, finance);
    expect(notOurs.status).toBe(422);
    expect(notOurs.json.error.message).toContain("不是本系统的报送表");

    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const tooBig = await upload(big.buffer, finance);
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error.message).toContain("文件过大");
    expect(await storedFor("县财政局", "2026-Q4")).toEqual([]);
  });

  it("lets the office upload a unit's file for it, and refuses a leader", async () => {
    const office = await tokenFor("office");
    const wb = await readXlsx((await template(office, `period=2025-Q4&unit=${encodeURIComponent("县林业局")}`)).bytes);
    const n = dutyRows(wb).length;
    for (let i = 0; i < n; i++) wb.getWorksheet("报送表")!.getCell(`D${5 + i}`).value = "办公室代报";
    expect((await upload(wb, await tokenFor("leader"))).status).toBe(403);
    const res = await upload(wb, office);
    expect(res.status).toBe(200);
    expect(res.json.rows).toHaveLength(n);
    expect(res.json.rows.every((r: any) => r.unit === "县林业局" && r.period === "2025-Q4")).toBe(true);
  });
});
