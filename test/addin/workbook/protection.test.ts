import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// Sorting and filtering need an unprotected sheet: Excel refuses to sort a protected range with locked
// cells, and every table has locked server columns. So the add-in protects nothing; the server's
// columns are told apart by their grey fill and restored from the server on push (push-restore.test.ts).

describe("writeTable: the server's columns are set apart, and the sheet stays sortable", () => {
  it("fills the server's block grey and leaves the user's columns unfilled", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(["A2", "K2", "L2", "M2", "N2", "O2", "P2", "Q2"].map((a) => wb.cell("督办事项", a).fill)).toEqual(Array(8).fill("#D9D9D9"));
    expect(["B2", "C2", "D2", "E2", "F2", "G2", "H2", "I2", "J2"].map((a) => wb.cell("督办事项", a).fill)).toEqual(Array(9).fill(null));
  });

  it("does not protect any sheet it writes, so Excel can sort and filter every table", async () => {
    const wb = createMockWorkbook();
    for (const key of ["tasks", "matters", "reports", "calendar"]) await writeTable(wb.context, key, []);
    expect(["重点工作", "督办事项", "进展报送", "节假日"].map((s) => wb.sheet(s).protected)).toEqual([false, false, false, false]);
  });

  it("lifts the password-less protection an earlier version of the add-in set", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    wb.sheet("督办事项").protected = true;
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(wb.sheet("督办事项").protected).toBe(false);
    expect(wb.typeInto("督办事项", "J2", "已协调完毕")).toBe(true);
  });

  it("still marks the server's cells locked, for a user who protects the sheet himself", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect([wb.cell("督办事项", "A2").locked, wb.cell("督办事项", "K2").locked, wb.cell("督办事项", "J2").locked]).toEqual([true, true, false]);
  });
});
