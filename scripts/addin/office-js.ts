/**
 * Office.js for the worker's own origin (OFFICE_JS=local) or Microsoft's CDN (OFFICE_JS=cdn).
 * Local copies only what office.js loads for Excel: the host files for each platform, the
 * custom-functions runtime, telemetry glue it requests, and the zh-cn / en-us strings.
 */
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";

export type OfficeJsMode = "local" | "cdn";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_JS_LOCAL = "office-js/office.js";

/** The `<script src>` for office.js, relative to the task pane page. */
export const officeJsSrc = (mode: OfficeJsMode) => (mode === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL);

export function parseMode(value: string | undefined): OfficeJsMode {
  if (value === "local" || value === "cdn") return value;
  throw new Error(`OFFICE_JS must be "local" or "cdn", not ${JSON.stringify(value)}`);
}

/** The OFFICE_JS value from wrangler.toml's [vars], so the build and the worker share one setting. */
export function modeFromWranglerToml(toml: string): OfficeJsMode | undefined {
  const vars = toml.split(/^\[/m).find((section) => section.startsWith("vars]"));
  const m = vars?.match(/^\s*OFFICE_JS\s*=\s*"([^"]*)"/m);
  return m ? parseMode(m[1]) : undefined;
}

const wanted = (file: string) =>
  !file.includes(".debug.") &&
  (file === "office.js" ||
    file === "o15apptofilemappingtable.js" ||
    file === "custom-functions-runtime.js" ||
    /^excel.*\.js$/.test(file));

/** Copies the needed files from @microsoft/office-js/dist; returns how many bytes were copied. */
export async function copyOfficeJs(packageDist: string, outDir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(packageDist)).filter(wanted);
  files.push("telemetry/oteljs_agave.js", "zh-cn/office_strings.js", "en-us/office_strings.js");
  let bytes = 0;
  for (const file of files) {
    const to = path.join(outDir, file);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(path.join(packageDist, file), to);
    bytes += (await stat(to)).size;
  }
  return { files: files.length, bytes };
}
