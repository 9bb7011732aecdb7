// Runs a devDependency's command-line tool with the Node that runs us (process.execPath), found
// through the package's own `bin` field: no `npx` and no shell, so it behaves the same on Windows,
// where `npx` is a .cmd file that spawn() cannot start without a shell.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions, type SpawnSyncOptions, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The JavaScript file behind `name` in package `pkg` (by default the command named after the package). */
export function binPath(pkg: string, name = pkg): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: string | Record<string, string> };
  const rel = typeof bin === "string" ? bin : bin?.[name];
  if (!rel) throw new Error(`${pkg} has no command named ${name}`);
  return path.join(path.dirname(manifest), rel);
}

/** Which package provides each tool we run. */
const tools = { wrangler: ["wrangler", "wrangler"], vitest: ["vitest", "vitest"], tsc: ["typescript", "tsc"], eslint: ["eslint", "eslint"], tsx: ["tsx", "tsx"] } as const;
export type Tool = keyof typeof tools;

const argv = (tool: Tool, args: readonly string[]) => [binPath(tools[tool][0], tools[tool][1]), ...args];

export function runTool(tool: Tool, args: readonly string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string>;
export function runTool(tool: Tool, args: readonly string[], options?: SpawnSyncOptions): SpawnSyncReturns<string | Buffer>;
export function runTool(tool: Tool, args: readonly string[], options: SpawnSyncOptions = {}): SpawnSyncReturns<string | Buffer> {
  return spawnSync(process.execPath, argv(tool, args), options);
}

export function spawnTool(tool: Tool, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, argv(tool, args), options);
}
