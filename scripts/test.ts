// `npm test`: check that the committed binding types match wrangler.toml, type-check everything,
// lint (typescript-eslint, Office add-in rules, the layer walls), then run the vitest projects and
// end with the plain line CI reads: `tests: N passed, N failed`. A failed check counts as one
// failed test, so the line never reads "0 failed" when any step failed.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runTool, type Tool } from "./lib/bin";
import { root } from "./lib/local-db";

const extra = process.argv.slice(2);
const run = (tool: Tool, args: string[]) => runTool(tool, args, { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } }).status ?? 1;

let failed = 0;
function check(title: string, tool: Tool, args: string[]): void {
  console.log(`› ${title}`);
  if (run(tool, args) !== 0) {
    console.error(`failed: ${title}`);
    failed += 1;
  }
}

// Generated from wrangler.toml; after changing a binding run `npx wrangler types --include-runtime=false`.
check("wrangler types --include-runtime=false --check", "wrangler", ["types", "--include-runtime=false", "--check"]);
for (const config of ["tsconfig.json", "addin/tsconfig.json"].filter((c) => existsSync(path.join(root, c)))) {
  check(`tsc --noEmit -p ${config}`, "tsc", ["--noEmit", "-p", config]);
}
check("eslint", "eslint", ["."]);

const report = path.join(mkdtempSync(path.join(os.tmpdir(), "fuyuan-test-")), "vitest.json");
const code = run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra]);

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
