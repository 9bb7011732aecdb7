import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: the server's columns are set apart and protected", () => {
  it("fills the server's block grey and leaves the user's columns unfilled", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(["A2", "K2", "L2", "M2", "N2", "O2", "P2", "Q2"].map((a) => wb.cell("督办事项", a).fill)).toEqual(Array(8).fill("#D9D9D9"));
    expect(["B2", "C2", "D2", "E2", "F2", "G2", "H2", "I2", "J2"].map((a) => wb.cell("督办事项", a).fill)).toEqual(Array(9).fill(null));
  });

  it("protects the sheet so that a deadline cannot be typed", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(wb.sheet("督办事项").protected).toBe(true);
    expect(wb.typeInto("督办事项", "K2", "2026-12-31")).toBe(false);
    expect(wb.values("督办事项", "K2")).toEqual([[46097]]);
  });

  it("lets the user type into the editable columns, spare rows included", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(wb.typeInto("督办事项", "J2", "已协调完毕")).toBe(true);
    expect(wb.typeInto("督办事项", "B51", "新交办事项")).toBe(true);
    expect(wb.typeInto("督办事项", "A51", 99)).toBe(false);
  });

  it("locks every cell of 重点工作, which only the server changes", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "tasks", [{ no: 1, domain: "诉源治理", title: "建立诉调对接机制", text: "……", lead: "县法院", units: ["县法院", "县司法局"] }]);
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((a) => wb.cell("重点工作", a).locked)).toEqual(Array(6).fill(true));
    expect(wb.values("重点工作", "A2:F2")).toEqual([[1, "诉源治理", "建立诉调对接机制", "县法院", "县法院、县司法局", "……"]]);
  });

  it("keeps filtering and sorting allowed on the protected sheet", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", []);
    expect(wb.sheet("进展报送").protectOptions).toMatchObject({ allowAutoFilter: true, allowSort: true });
  });
});
