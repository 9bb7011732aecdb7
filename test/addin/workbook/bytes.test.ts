import { describe, expect, it } from "vitest";
import { readTable, withCalculationSuspended, writeTable } from "../../../addin/workbook";
import { readSnapshot } from "../../../addin/workbook/snapshot-store";
import { createMockWorkbook, PAYLOAD_LIMIT } from "./mock-workbook";

// Requests are sized by bytes, not cells: a report row of three 4,000-character Chinese texts is
// about 36 KB in a request, 72 KB with its snapshot row. The mock measures the UTF-8 bytes of the
// values and number formats each request writes, and fails any request or response over 5 MB.

const MB4 = 4_000_000;
const long = (n: number, what: string) => `${what}${n}：${"情况复杂，已多次协调".repeat(400)}`.slice(0, 4000);
const reports = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    unit: "县财政局",
    task: 26,
    taskTitle: "推进行政争议实质性化解",
    period: "2026-Q4",
    progress: long(i, "进展"),
    problems: long(i, "问题"),
    plan: long(i, "计划"),
    submittedOn: "2026-11-02",
    version: 1,
  }));

describe("requests under the limit by bytes", () => {
  // Besides the chunks: one request reads the calculation mode, one looks at the sheet, one puts calculation back.
  it("writes 600 text-heavy reports with their snapshot in requests under 4 MB, ⌈bytes / 4 MB⌉ + 4 syncs at most", async () => {
    const wb = createMockWorkbook();
    const rows = reports(600);
    await withCalculationSuspended(wb.context, () => writeTable(wb.context, "reports", rows, { snapshot: rows }));
    const total = wb.requests.reduce((n, r) => n + r.bytes, 0);
    expect(total).toBeGreaterThan(40_000_000);
    for (const r of wb.requests) expect(r.bytes).toBeLessThan(MB4);
    expect(wb.requests.length).toBeLessThanOrEqual(Math.ceil(total / MB4) + 4);
    expect(wb.values("进展报送", "F601")).toEqual([[rows[599]!.progress]]);
  });

  it("reads the same sheet and its snapshot back with every response under 4 MB", async () => {
    const wb = createMockWorkbook();
    const rows = reports(600);
    await writeTable(wb.context, "reports", rows, { snapshot: rows });
    wb.requests.length = 0;
    const read = await readTable(wb.context, "reports");
    const snapshot = await readSnapshot(wb.context);
    expect(read).toHaveLength(600);
    expect(read[599]!.plan).toBe(rows[599]!.plan);
    expect(snapshot.rows.get("reports")).toEqual(rows);
    for (const r of wb.requests) expect(r.responseBytes).toBeLessThan(MB4);
  });

  it("fails in the mock as in Excel when one request carries more than 5 MB", async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "reports", []);
    const sheet = wb.context.workbook.worksheets.getItem("进展报送");
    sheet.getRange("E2:E301").values = reports(300).map((r) => [r.progress + r.problems]);
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });
});
