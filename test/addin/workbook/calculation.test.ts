import { describe, expect, it } from "vitest";
import { withCalculationSuspended, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// An operation's writes run with calculation manual (addin/workbook/calculation.ts). When Excel fails a
// write request, the operation must fail at once with Excel's error and leave the workbook calculating
// as before: a workbook left on manual calculation shows stale formulas to the clerk without saying so.

const QUICK = 2_000;
const many = (n: number) => Array.from({ length: n }, (_, i) => matter(i + 1));

describe("calculation around a failing write", () => {
  it("fails with Excel's error and puts calculation back when the operation's very first request fails", async () => {
    const wb = createMockWorkbook();
    wb.failNextWrite("GeneralException");
    const run = withCalculationSuspended(wb.context, async () => {
      wb.context.workbook.worksheets.add("日程").getRange("A1").values = [["2026-10-01"]];
      await wb.context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
  }, QUICK);

  it("fails with Excel's error and puts calculation back when a later chunk of the sheet fails", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", many(3));
    wb.failNextWrite("GeneralException");
    await expect(withCalculationSuspended(wb.context, () => writeTable(wb.context, "matters", many(3_000)))).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
    // The workbook is usable afterwards: the next operation writes and calculates as usual.
    await withCalculationSuspended(wb.context, () => writeTable(wb.context, "matters", many(2)));
    expect(wb.values("督办事项", "A2:A3")).toEqual([[1], [2]]);
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate", "Manual", "Automatic", "calculate"]);
  }, QUICK);

  it("leaves a clerk's manual calculation manual, also when the write fails", async () => {
    const wb = createMockWorkbook();
    wb.context.workbook.application.calculationMode = "Manual";
    await wb.context.sync();
    wb.failNextWrite("GeneralException");
    await expect(withCalculationSuspended(wb.context, () => writeTable(wb.context, "matters", many(3)))).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.calculation.filter((m) => m !== "Manual")).toEqual([]);
  }, QUICK);
});

describe("the mock's failed request, as in Excel", () => {
  it("answers none of the loads queued in it, not even at the next sync", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", many(1));
    const head = wb.context.workbook.worksheets.getItem("督办事项").getRange("A1");
    head.load("values");
    wb.context.workbook.worksheets.getItem("督办事项").getRange("B5").values = [["新事项"]];
    wb.failNextWrite("GeneralException");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    await wb.context.sync();
    expect(head.values).not.toEqual([["编号"]]);
  }, QUICK);
});
