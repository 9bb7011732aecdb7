import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matterStateColours } from "../../../schema/values";
import { writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

const green = { fill: "#C6EFCE", font: "#006100" };
const rule = (state: string, colour: { fill: string; font: string }) => ({ address: "A2:X53", type: "Custom", formula: `=$O2="${state}"`, ...colour });

describe("writeTable: 督办事项 coloured by the server's 时限状态", () => {
  it("colours whole rows green when on course or settled on time, yellow when due soon, red when overdue, orange when settled late, blue while waiting for review, grey when cancelled", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", [matter(1, { state: "逾期" }), matter(2, { state: "临期" })]);
    expect(wb.sheet("督办事项").conditionalFormats).toEqual([
      rule("正常", green),
      rule("临期", { fill: "#FFEB9C", font: "#9C5700" }),
      rule("逾期", { fill: "#FFC7CE", font: "#9C0006" }),
      rule("待审核", { fill: "#DDEBF7", font: "#1F4E78" }),
      rule("按期办结", green),
      rule("逾期办结", { fill: "#F8CBAD", font: "#833C0B" }),
      rule("已撤销", { fill: "#D9D9D9", font: "#595959" }),
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
    expect(wb.sheet("督办事项").conditionalFormats).toHaveLength(7);
  });

  it("uses the colours docs/matters.md documents for each state", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../../docs/matters.md"), "utf8");
    const documented = Object.fromEntries([...doc.matchAll(/^\| (正常|临期|逾期|待审核|按期办结|逾期办结|已撤销) \| (\w+) \|/gm)].map((m) => [m[1], m[2]]));
    expect(documented).toEqual(matterStateColours);
  });
});
