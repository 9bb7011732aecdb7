import path from "node:path";
import { build } from "esbuild";

/**
 * The office.js stand-in as one browser script. office-addin-mock imports office-addin-manifest,
 * which pulls in Node built-ins; the mock only needs its OfficeApp enum, hence the alias.
 */
export function officeShimScript(): Promise<string> {
  // Built once per test process: the files of a process share their modules (isolate: false).
  return (built ??= bundle());
}

let built: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, "office-shim.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "warning",
    alias: { "office-addin-manifest": "office-addin-manifest/lib/officeApp.js" },
  });
  return result.outputFiles[0]!.text;
}
