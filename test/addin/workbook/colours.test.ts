import { describe, expect, it } from "vitest";
import { writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

describe("writeTable: 督办事项 coloured by the server's 时限状态", () => {
  it("colours whole rows red when overdue, yellow when due soon, green when settled on time", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { state: "逾期" }), matter(2, { state: "临期" })]);
    expect(wb.sheet("督办事项").conditionalFormats).toEqual([
      { address: "A2:Q53", type: "Custom", formula: '=$O2="逾期"', fill: "#FFC7CE", font: "#9C0006" },
      { address: "A2:Q53", type: "Custom", formula: '=$O2="临期"', fill: "#FFEB9C", font: "#9C5700" },
      { address: "A2:Q53", type: "Custom", formula: '=$O2="按期办结"', fill: "#C6EFCE", font: "#006100" },
    ]);
  });

  it("points the colour rules at the column headed 时限状态", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { state: "逾期" })]);
    expect(wb.values("督办事项", "O1:O2")).toEqual([["时限状态"], ["逾期"]]);
  });

  it("does not stack a second set of rules on a second pull", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1)]);
    await writeTable(wb.context, "matters", [matter(1)]);
    expect(wb.sheet("督办事项").conditionalFormats).toHaveLength(3);
  });
});
