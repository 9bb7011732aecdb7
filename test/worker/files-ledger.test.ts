import { describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { fetchFile, readXlsx, XLSX } from "./files-fixtures";

const SHEETS = ["重点工作", "成员单位", "督办事项", "进展报送", "节假日", "考评汇总"];
const column = (ws: any, n: number) => {
  const out: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(n).text);
  return out;
};

describe("GET /api/v1/files/ledger.xlsx", () => {
  it("gives the office every sheet, set up for print on A4 landscape with the header row repeated", async () => {
    const office = await tokenFor("office");
    const res = await fetchFile("/api/v1/files/ledger.xlsx", { token: office });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    const wb = await readXlsx(res.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });
      expect(ws.headerFooter.oddFooter).toContain("&P");
      expect(ws.getColumn(1).width).toBeGreaterThan(0);
    }
    const tasks = wb.getWorksheet("重点工作")!;
    expect(tasks.getRow(1).getCell(3).text).toBe("重点工作");
    expect(tasks.rowCount).toBe(33);
    expect(tasks.getCell("F2").alignment).toMatchObject({ wrapText: true });
    expect(wb.getWorksheet("节假日")!.rowCount).toBeGreaterThan(10);
  });

  it("shows a unit only its own matters and reports, as the API lists them to it", async () => {
    const office = await tokenFor("office");
    const finance = await tokenFor("unit", "县财政局");
    const forestry = await tokenFor("unit", "县林业局");
    const made = await api("/api/v1/matters", { method: "POST", token: office, json: { title: "林地确权纠纷协调", lead: "县林业局", assigned: "2026-11-02", source: "其他", days: 10 } });
    expect(made.status).toBe(201);
    await api("/api/v1/reports", { method: "POST", token: finance, json: { rows: [{ task: 17, period: "2026-Q4", progress: "财政局的进展" }] } });
    await api("/api/v1/reports", { method: "POST", token: forestry, json: { rows: [{ task: 18, period: "2026-Q4", progress: "林业局的进展" }] } });

    const mine = await readXlsx((await fetchFile("/api/v1/files/ledger.xlsx", { token: finance })).bytes);
    expect(column(mine.getWorksheet("督办事项")!, 2)).not.toContain("林地确权纠纷协调");
    expect(column(mine.getWorksheet("进展报送")!, 2)).toEqual(["县财政局"]);
    const theirs = await readXlsx((await fetchFile("/api/v1/files/ledger.xlsx", { token: forestry })).bytes);
    expect(column(theirs.getWorksheet("督办事项")!, 2)).toContain("林地确权纠纷协调");
    const all = await readXlsx((await fetchFile("/api/v1/files/ledger.xlsx", { token: office })).bytes);
    expect(column(all.getWorksheet("进展报送")!, 2).sort()).toEqual(["县林业局", "县财政局"]);
    expect(column(all.getWorksheet("考评汇总")!, 2).length).toBeGreaterThan(1);
  });
});
