// `npm test`: check that the committed binding types match wrangler.toml, type-check everything,
// lint (typescript-eslint, Office add-in rules, the layer walls), run the vitest projects, and end
// with the plain line CI reads: `tests: N passed, N failed`. A failed check counts as one failed
// test, so the line never reads "0 failed" when any step failed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnTool, type Tool } from "./lib/bin";
import { root } from "./lib/local-db";

const extra = process.argv.slice(2);

// V8's compiled code for every module Node loads itself, kept on disk and shared by every process
// this run starts: vitest's workers, each `wrangler dev`, tsx, tsc and eslint load the same large
// bundles (wrangler's CLI alone is megabytes), and each compiled them again. Measured here: five
// `wrangler --version` cost 5.0 CPU-s with the cache and 5.4–6.1 without, so about 0.1–0.2 CPU-s
// a Node process; small, and free. Node checks every entry against the file's content, so a
// changed dependency is compiled afresh. Under node_modules, which `npm ci` replaces.
process.env.NODE_COMPILE_CACHE ??= path.join(root, "node_modules/.cache/node-compile-cache");
const runAsync = (tool: Tool, args: string[]) =>
  new Promise<number>((resolve) =>
    spawnTool(tool, args, { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } }).on("close", (code) => resolve(code ?? 1)),
  );

// The static checks run beside vitest (most of vitest's time is spent waiting on workerd and
// wrangler dev), one after another, their output held back and shown after the tests.
// scripts/check.ts type-checks both tsconfigs and lints on the same programs, prints its own
// `› <check>: ok|FAILED` lines and exits with the number of checks that failed.
type Check = { title: string; tool: Tool; args: string[]; printsItsOwnTitles?: boolean; nodeOptions?: string };
const checks: Check[] = [
  // Generated from wrangler.toml; after changing a binding run `npx wrangler types --include-runtime=false`.
  { title: "wrangler types --include-runtime=false --check", tool: "wrangler", args: ["types", "--include-runtime=false", "--check"] },
  // A larger young generation: building and checking the two programs allocates about a gigabyte of
  // short-lived objects, and with V8's default semi-space the collector cost about 9% more CPU
  // (three A/B pairs of clean runs here: 53/58, 60/68, 49/54 CPU-s).
  { title: "tsc and eslint (scripts/check.ts)", tool: "tsx", args: ["scripts/check.ts"], printsItsOwnTitles: true, nodeOptions: "--max-semi-space-size=32" },
];

function runCaptured({ tool, args, nodeOptions }: Check): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const NODE_OPTIONS = [process.env.NODE_OPTIONS, nodeOptions].filter(Boolean).join(" ");
    const env = { ...process.env, WRANGLER_SEND_METRICS: "false", ...(NODE_OPTIONS ? { NODE_OPTIONS } : {}) };
    const child = spawnTool(tool, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    child.stdout?.on("data", (b: Buffer) => (output += String(b)));
    child.stderr?.on("data", (b: Buffer) => (output += String(b)));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const staticChecks = (async () => {
  const results: { check: Check; code: number; output: string }[] = [];
  for (const check of checks) results.push({ check, ...(await runCaptured(check)) });
  return results;
})();

let failed = 0;
const reportDir = mkdtempSync(path.join(os.tmpdir(), "fuyuan-test-"));
const report = path.join(reportDir, "vitest.json");
// The workbook tests run once, inside test/addin/office-js/api-members.test.ts, which imports them to
// record every Excel API member they touch and check it against the Office.js build we serve; run
// on their own as well they would only repeat themselves (a file alone still runs with `npx vitest run <file>`).
const runOnceInside = ["--exclude", "test/addin/workbook/*.test.ts"];
const code = await runAsync("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...runOnceInside, ...extra]);

for (const { check, code: status, output } of await staticChecks) {
  if (check.printsItsOwnTitles) {
    console.log(output.trimEnd());
    // Its exit code counts its failed checks; a crash before any check reported still counts as one.
    if (status !== 0) failed += /: FAILED$/m.test(output) ? status : 1;
    continue;
  }
  console.log(`› ${check.title}: ${status === 0 ? "ok" : "FAILED"}`);
  if (output.trim() && status !== 0) console.log(output.trimEnd());
  if (status !== 0) failed += 1;
}

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
rmSync(reportDir, { recursive: true, force: true });
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || code !== 0 ? 1 : 0);
