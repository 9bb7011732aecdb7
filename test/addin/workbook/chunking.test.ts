import { describe, expect, it } from "vitest";
import { CHUNK_BYTES, CHUNK_CELLS } from "../../../addin/workbook/chunks";
import { layoutOf, withCalculationSuspended, writeTable } from "../../../addin/workbook";
import { matter } from "./fixtures";
import { createMockWorkbook } from "./mock-workbook";

// 督办事项 has 24 columns (编号 … 版本, 校验意见): 833 rows fit in a chunk of 20,000 cells.
const WIDTH = layoutOf("matters").columns.length;
const PER_CHUNK = Math.floor(CHUNK_CELLS / WIDTH);
const many = (n: number) => Array.from({ length: n }, (_, i) => matter(i + 1, { title: `协调第${i + 1}号执行案件，涉及县自然资源局不动产查封` }));

// The tests that only read what a 10,000-row pull wrote share one: it is made by whichever of them
// runs first (so each still runs alone), and none of them changes the workbook.
let pulled10k: Promise<ReturnType<typeof createMockWorkbook>> | undefined;
const pull10k = () =>
  (pulled10k ??= (async () => {
    const wb = createMockWorkbook();
    await writeTable(wb.context, "matters", many(10_000));
    return wb;
  })());

/** The cells of the fixed dropdown lists on 列表 (values and headers), written with the first chunk. */
/** The fixed lists written with the first chunk, each under its header (来源 5, 出席情况 4, 处理结果 2,
 * 审定意见 2, 是否 2, 出庭人员 4, 建议类别 3, 采纳情况 3, 风险等级 3, 评估状态 3, 企业风险等级 4). */
const FIXED_LISTS = 5 + 4 + 2 + 2 + 2 + 4 + 3 + 3 + 3 + 3 + 4 + 11;

describe("writeTable: a 10,000-row pull in chunks", () => {
  it("pulls 10,000 matters in 14 syncs: one to look, thirteen chunks of at most 20,000 cells", async () => {
    const wb = await pull10k();
    expect(WIDTH).toBe(24);
    expect(wb.requests).toHaveLength(14);
    // 833 rows × 24 columns per chunk; the first also carries the header (24) and the fixed lists
    // (FIXED_LISTS); the last holds the remaining 54 rows (of 10,000 + 50 spare).
    const chunk = PER_CHUNK * WIDTH;
    expect(wb.requests.map((r) => r.cellsWritten)).toEqual([0, chunk + WIDTH + FIXED_LISTS, ...Array.from({ length: 11 }, () => chunk), 54 * WIDTH]);
  });

  it("keeps every request under the cell and byte budget", async () => {
    const wb = await pull10k();
    for (const r of wb.requests) {
      expect(r.cellsWritten).toBeLessThanOrEqual(CHUNK_CELLS + WIDTH + FIXED_LISTS);
      expect(r.bytes).toBeLessThan(CHUNK_BYTES);
    }
  });

  it("switches calculation to manual once per operation, back at the end, and suspends the screen in every writing request", async () => {
    const wb = createMockWorkbook();
    await withCalculationSuspended(wb.context, async () => {
      await writeTable(wb.context, "matters", many(3_000));
      await writeTable(wb.context, "reports", []);
    });
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
    const writing = wb.requests.filter((r) => r.cellsWritten > 0);
    expect(writing.map((r) => r.suspendedScreen)).toEqual(writing.map(() => true));
  });

  it("puts calculation back when the operation fails", async () => {
    const wb = createMockWorkbook();
    await expect(withCalculationSuspended(wb.context, async () => Promise.reject(new Error("网络中断")))).rejects.toThrow("网络中断");
    expect(wb.calculation).toEqual(["Manual", "Automatic", "calculate"]);
  });

  it("writes every row: the last pulled matter lands on row 10,001", async () => {
    const wb = await pull10k();
    expect(wb.values("督办事项", "A10000:B10001")).toEqual([
      [9999, "协调第9999号执行案件，涉及县自然资源局不动产查封"],
      [10_000, "协调第10000号执行案件，涉及县自然资源局不动产查封"],
    ]);
  });

  it("reports progress after each chunk, ending at the row count", async () => {
    const wb = createMockWorkbook();
    const seen: [number, number][] = [];
    await writeTable(wb.context, "matters", many(2_500), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([[PER_CHUNK, 2500], [2 * PER_CHUNK, 2500], [3 * PER_CHUNK, 2500], [2500, 2500]]);
  });

  it("stops between chunks when cancelled, leaving later rows unwritten", async () => {
    const wb = createMockWorkbook();
    const abort = new AbortController();
    const run = writeTable(wb.context, "matters", many(5_000), { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(run).rejects.toThrow();
    expect(wb.requests).toHaveLength(2);
    expect(wb.values("督办事项", `A${PER_CHUNK + 1}:A${PER_CHUNK + 2}`)).toEqual([[PER_CHUNK], [""]]);
  });

  it("writes each chunk's rows as one 2-D block, never row by row, so 10,000 rows cost 14 round trips", async () => {
    // Speed in Excel is round trips and their size, not the mock's clock: one look, then one
    // `values` assignment per chunk (the first also writes the header and the twelve fixed lists, each
    // its header and its values).
    const wb = await pull10k();
    expect(wb.requests.map((r) => r.valueWrites)).toEqual([0, 2 + 11 * 2, ...Array.from({ length: 12 }, () => 1)]);
    expect(wb.requests.reduce((n, r) => n + r.cellsWritten, 0)).toBe(10_050 * WIDTH + WIDTH + FIXED_LISTS);
  });
});
