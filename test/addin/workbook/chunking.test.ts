import { describe, expect, it } from "vitest";
import { CHUNK_BYTES } from "../../../addin/workbook/chunks";
import { layoutOf, withCalculationSuspended, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// Writes are planned by bytes: every request stays under 4 MB, and a write of B bytes takes no more
// than ⌈B / 4 MB⌉ requests beyond the look at the workbook — so 100,000 short rows travel in a handful of
// round trips, not one per 20,000 cells. The mock records each sync with the UTF-8 bytes it carries.
const MB4 = 4_000_000;
const WIDTH = layoutOf("matters").columns.length;
/** The fixed lists written with the first chunk, each under its header (来源 5, 出席情况 4, 处理结果 2,
 * 审定意见 2, 是否 2, 出庭人员 4, 建议类别 3, 采纳情况 3, 风险等级 3, 评估状态 3, 企业风险等级 4). */
const FIXED_LISTS = 5 + 4 + 2 + 2 + 2 + 4 + 3 + 3 + 3 + 3 + 4 + 2 + 2 + 2 + 14;
const many = (n: number, title = (i: number) => `协调第${i}号执行案件，涉及县自然资源局不动产查封`) =>
  Array.from({ length: n }, (_, i) => matter(i + 1, { title: title(i + 1) }));
// About 3 KB a row: a few thousand rows take several chunks, so the chunk boundaries are quick to test.
const wordy = (n: number) => many(n, (i) => `协调第${i}号执行案件：${"涉及县自然资源局不动产查封".repeat(80)}`);

// The tests that only read what a 100,000-row pull wrote share one: it is made by whichever of them
// runs first (so each still runs alone), and none of them changes the workbook.
let pulled: Promise<ReturnType<typeof createMockWorkbook>> | undefined;
const pull100k = () =>
  (pulled ??= (async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", many(100_000));
    return wb;
  })());
const totalBytes = (wb: ReturnType<typeof createMockWorkbook>) => wb.requests.reduce((n, r) => n + r.bytes, 0);

describe("writeTable: a 100,000-row pull planned by bytes", () => {
  // The mock applies 1.8 million cells one by one: slow on a shared machine, hence the long timeout.
  it("keeps every request under 4 MB and needs no more than ⌈total bytes / 4 MB⌉ + 3 syncs", { timeout: 240_000 }, async () => {
    const wb = await pull100k();
    expect(WIDTH).toBe(24);
    const total = totalBytes(wb);
    expect(total).toBeGreaterThan(30_000_000);
    for (const r of wb.requests) expect(r.bytes).toBeLessThan(MB4);
    expect(wb.requests.length).toBeLessThanOrEqual(Math.ceil(total / MB4) + 3);
    // Chunks are full by bytes, not capped by cells: all but the last carry close to the budget.
    const writing = wb.requests.filter((r) => r.cellsWritten > 0);
    for (const r of writing.slice(0, -1)) expect(r.bytes).toBeGreaterThan(CHUNK_BYTES * 0.95);
    expect(writing[0]!.cellsWritten).toBeGreaterThan(100_000);
  });

  it("writes every row: the last pulled matter lands on row 100,001, the 50 spare rows after it blank", async () => {
    const wb = await pull100k();
    expect(wb.values("督办事项", "A100000:B100001")).toEqual([
      [99_999, "协调第99999号执行案件，涉及县自然资源局不动产查封"],
      [100_000, "协调第100000号执行案件，涉及县自然资源局不动产查封"],
    ]);
    expect(wb.values("督办事项", "A100051:A100052")).toEqual([[""], [""]]);
  });

  it("writes each chunk's rows as one 2-D block, never row by row", async () => {
    // Speed in Excel is round trips and their size, not the mock's clock: one look, then one
    // `values` assignment per chunk (the first also writes the header and the fixed lists).
    const wb = await pull100k();
    const writes = wb.requests.map((r) => r.valueWrites);
    expect(writes[0]).toBe(0);
    // The header, the table and each of the 14 fixed lists (its header and its values).
    expect(writes[1]).toBe(2 + 14 * 2);
    expect(writes.slice(2)).toEqual(writes.slice(2).map(() => 1));
    expect(wb.requests.reduce((n, r) => n + r.cellsWritten, 0)).toBe(100_050 * WIDTH + WIDTH + FIXED_LISTS);
  });
});

describe("writeTable: chunks of a text-heavy pull", () => {
  it("switches calculation to manual once per operation, back at the end, and suspends the screen in every writing request", async () => {
    const wb = createMockWorkbook();
    await withCalculationSuspended(wb.context, async () => {
      await writeTable(wb.context, "matters", wordy(4_000));
      await writeTable(wb.context, "reports", []);
    });
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
    const writing = wb.requests.filter((r) => r.cellsWritten > 0);
    expect(writing.length).toBeGreaterThan(3);
    expect(writing.map((r) => r.suspendedScreen)).toEqual(writing.map(() => true));
  });

  it("puts calculation back when the operation fails", async () => {
    const wb = createMockWorkbook();
    await expect(withCalculationSuspended(wb.context, async () => Promise.reject(new Error("网络中断")))).rejects.toThrow("网络中断");
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
  });

  it("reports progress after each chunk, rising to the row count", async () => {
    const wb = createMockWorkbook();
    const seen: [number, number][] = [];
    await writeTable(wb.context, "matters", wordy(4_000), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBe(wb.requests.length - 1);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.map(([, total]) => total)).toEqual(seen.map(() => 4_000));
    const done = seen.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(4_000);
  });

  it("stops between chunks when cancelled, leaving later rows unwritten", async () => {
    const wb = createMockWorkbook();
    const abort = new AbortController();
    let first = 0;
    const run = writeTable(wb.context, "matters", wordy(4_000), {
      signal: abort.signal,
      onProgress: (done) => {
        first = done;
        abort.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(wb.requests).toHaveLength(2);
    expect(first).toBeGreaterThan(100);
    expect(first).toBeLessThan(4_000);
    expect(wb.values("督办事项", `A${first + 1}:A${first + 2}`)).toEqual([[first], [""]]);
  });
});
