// Scenario 6: the workbook write plan on office-addin-mock (the tests' workbook-shaped mock, which
// records each sync as one request with the UTF-8 bytes it carries).
import { layoutOf, writeTable } from "../../addin/workbook";
import { createMockWorkbook } from "../../test/addin/workbook/mock-workbook";
import { matter } from "../../test/addin/workbook/fixtures";
import { Report } from "./measure";

const LIMIT = 4 * 1024 * 1024;

export async function benchExcel(report: Report, rows: number) {
  const width = layoutOf("matters").columns.length;
  const data = Array.from({ length: rows }, (_, i) => matter(i + 1, { title: `协调第${i + 1}号执行案件，涉及县自然资源局不动产查封` }));
  const wb = createMockWorkbook();
  const t0 = performance.now();
  await writeTable(wb.context, "matters", data);
  const ms = performance.now() - t0;
  const total = wb.requests.reduce((n, r) => n + r.bytes, 0);
  const largest = Math.max(...wb.requests.map((r) => r.bytes));
  const allowed = Math.ceil(total / LIMIT) + 3;
  const size = `${rows.toLocaleString("en")} rows × ${width} columns (mock)`;
  report.add({ scenario: `excel write ${size}, syncs`, ours: wb.requests.length, baseline: "⌈total bytes / 4 MB⌉ + 3", floor: allowed, unit: "syncs", rounds: 1, note: `${(total / 2 ** 20).toFixed(1)} MiB in all, planned and written in ${(ms / 1000).toFixed(1)} s` });
  report.add({ scenario: `excel write ${size}, largest request`, ours: +(largest / 2 ** 20).toFixed(2), baseline: "limit", floor: 4, unit: "MiB", rounds: 1 });
}

// Run by scripts/bench/index.ts in its own process (this file is type-checked with the add-in's
// Office types): prints its lines, then one line of JSON with the results for the run's report.
if (process.argv[1] && import.meta.filename === (await import("node:path")).resolve(process.argv[1])) {
  const report = new Report();
  await benchExcel(report, Number(process.argv[2] ?? 100_000));
  console.log(`RESULTS ${JSON.stringify(report.results)}`);
}
