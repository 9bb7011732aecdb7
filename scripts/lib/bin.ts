// A package's command-line entry, run by this very node: `spawn(process.execPath, [binOf(...), ...])`.
// No `npx` and no shell, so the scripts run the same on Windows (where npx is a .cmd) as elsewhere.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function binOf(pkg: string, name = pkg): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: string | Record<string, string> };
  const entry = typeof bin === "string" ? bin : bin?.[name];
  if (!entry) throw new Error(`${pkg} has no command ${name}`);
  return path.join(path.dirname(manifest), entry);
}
