// `npm test`: type-check everything, build the add-in (the browser test serves it), then run
// the three vitest projects and end with the plain line CI reads: `tests: N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./lib/local-db";
import { binOf } from "./lib/bin";

const extra = process.argv.slice(2);
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } }).status ?? 1;

let failed = 0;
for (const config of ["tsconfig.json", "addin/tsconfig.json"].filter((c) => existsSync(path.join(root, c)))) {
  console.log(`› tsc --noEmit -p ${config}`);
  if (run(process.execPath, [binOf("typescript", "tsc"), "--noEmit", "-p", config]) !== 0) {
    console.error(`type check failed: ${config}`);
    failed += 1;
  }
}

const report = path.join(mkdtempSync(path.join(os.tmpdir(), "fuyuan-test-")), "vitest.json");
const code = run(process.execPath, [binOf("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra]);

let passed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number; success: boolean };
  passed = result.numPassedTests;
  failed += result.numFailedTests;
  // A file that fails to load has no test results but fails the run: count it.
  if (code !== 0 && result.numFailedTests === 0) failed += 1;
} else if (code !== 0) {
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || code !== 0 ? 1 : 0);
