import { describe, expect, it } from "vitest";
import { readTable, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: text from the server never becomes a formula", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+86 协调", "-（续）执行", "@县法院"])("writes %s with Excel's text prefix", async (title) => {
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
});
