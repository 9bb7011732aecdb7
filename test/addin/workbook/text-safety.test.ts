import { describe, expect, it } from "vitest";
import { readTable, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: text from the server never becomes a formula", () => {
  it.each(["=HYPERLINK(\"http://x\")", "=1+1", "+86 协调", "-（续）执行", "@县法院", "\t=1+1", "\n=1+1", " =1+1", "\r+1"])("writes %j with Excel's text prefix", async (title) => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { title })]);
    expect(wb.values("督办事项", "B2")).toEqual([[`'${title}`]]);
  });

  it("formats text columns as text, so what a user types there stays text too", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(["B2", "D2", "E2", "F2", "J2", "B52"].map((a) => wb.cell("督办事项", a).numberFormat)).toEqual(Array(6).fill("@"));
  });

  it("leaves ordinary text as it is", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { title: "县法院与县自然资源局协调=会商" })]);
    expect(wb.values("督办事项", "B2")).toEqual([["县法院与县自然资源局协调=会商"]]);
  });

  it("reads the guarded text back exactly as the server sent it", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { title: "=1+1", result: "-已办结" })]);
    const [row] = await readTable(wb.context, "matters");
    expect([row?.title, row?.result]).toEqual(["=1+1", "-已办结"]);
  });

  it("reads text with leading tabs, line breaks and blanks back untrimmed", async () => {
    const wb = createMockWorkbook();
    const result = "\t=1+1\n 第二行 ";
    await writeTable(wb.context, "matters", [matter(1, { result })]);
    const [row] = await readTable(wb.context, "matters");
    expect(row?.result).toBe(result);
  });

  it("guards a title starting with a tab and an @ as text, and reads it back as sent", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { title: "\t@SUM(A1)", result: "\t=1+1" })]);
    const [row] = await readTable(wb.context, "matters");
    expect([row?.title, row?.result]).toEqual(["\t@SUM(A1)", "\t=1+1"]);
    expect(wb.values("督办事项", "B2")).toEqual([["'\t@SUM(A1)"]]);
  });
});
