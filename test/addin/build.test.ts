import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAddin } from "../../scripts/build-addin";
import { modeFromWranglerToml, OFFICE_JS_CDN } from "../../scripts/addin/office-js";
import { OFFICE_JS_CDN_ORIGIN } from "../../scripts/addin/pane-headers";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const outDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "addin-build-"));
  dirs.push(dir);
  return dir;
};
/** The rules of a `_headers` file: path → header → value. */
function headersOf(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const i = line.indexOf(":");
      current[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
const scriptSources = (html: string) => [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);

describe("scripts/build-addin.ts", () => {
  it("serves Office.js from the worker's own origin when OFFICE_JS is local", async () => {
    const dir = await outDir();
    const built = await buildAddin({ officeJs: "local", outDir: dir });
    const html = await readFile(path.join(dir, "taskpane.html"), "utf8");
    expect(scriptSources(html)).toEqual(["office-js/office.js", "taskpane.js"]);
    for (const file of ["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", "zh-cn/office_strings.js", "custom-functions-runtime.js"]) {
      expect(existsSync(path.join(dir, "office-js", file)), file).toBe(true);
    }
    expect(existsSync(path.join(dir, "office-js", "office.debug.js"))).toBe(false);
    expect(built.officeJsBytes).toBeLessThan(12_000_000);
  });

  it("points the page at Microsoft's CDN and ships no Office.js when OFFICE_JS is cdn", async () => {
    const dir = await outDir();
    await buildAddin({ officeJs: "cdn", outDir: dir });
    const html = await readFile(path.join(dir, "taskpane.html"), "utf8");
    expect(scriptSources(html)).toEqual([OFFICE_JS_CDN, "taskpane.js"]);
    expect(existsSync(path.join(dir, "office-js"))).toBe(false);
  });

  it("gives every file nosniff, no referrer and a CSP allowing scripts from this origin only when OFFICE_JS is local", async () => {
    const dir = await outDir();
    await buildAddin({ officeJs: "local", outDir: dir });
    const headers = headersOf(await readFile(path.join(dir, "_headers"), "utf8"));
    expect(Object.keys(headers)).toEqual(["/*"]);
    const rule = headers["/*"]!;
    expect(rule["X-Content-Type-Options"]).toBe("nosniff");
    expect(rule["Referrer-Policy"]).toBe("no-referrer");
    const csp = directives(rule["Content-Security-Policy"]!);
    expect(csp["default-src"]).toEqual(["'none'"]);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(expect.arrayContaining(["'self'", "https://*.officeapps.live.com", "https://*.office.com", "https://*.sharepoint.com", "https://*.microsoft365.com"]));
    expect(csp["frame-ancestors"]).not.toContain("*");
  });

  it("allows Microsoft's CDN for Office.js, and nothing else from outside, when OFFICE_JS is cdn", async () => {
    const dir = await outDir();
    await buildAddin({ officeJs: "cdn", outDir: dir });
    const csp = directives(headersOf(await readFile(path.join(dir, "_headers"), "utf8"))["/*"]!["Content-Security-Policy"]!);
    expect(csp["script-src"]).toEqual(["'self'", OFFICE_JS_CDN_ORIGIN]);
    expect(new URL(OFFICE_JS_CDN).origin).toBe(OFFICE_JS_CDN_ORIGIN);
    const outside = Object.entries(csp)
      .filter(([name]) => name !== "frame-ancestors")
      .flatMap(([, sources]) => sources.filter((s) => s.startsWith("https:")));
    expect(new Set(outside)).toEqual(new Set([OFFICE_JS_CDN_ORIGIN]));
  });

  it("writes the custom functions' metadata with the DEADLINE and WORKDAYS ids", async () => {
    const dir = await outDir();
    const built = await buildAddin({ officeJs: "cdn", outDir: dir });
    const metadata = JSON.parse(await readFile(path.join(dir, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(["DEADLINE", "WORKDAYS"]);
    expect(built.functions.sort()).toEqual(["DEADLINE", "WORKDAYS"]);
    expect(existsSync(path.join(dir, "functions.js"))).toBe(true);
  });

  it("bundles the shared runtime's page from one entry: the custom functions, the pane and the shared value lists, without zod", async () => {
    const dir = await outDir();
    await buildAddin({ officeJs: "cdn", outDir: dir });
    const map = JSON.parse(await readFile(path.join(dir, "taskpane.js.map"), "utf8")) as { sources: string[] };
    const sources = map.sources.map((s) => path.resolve(dir, s).split(path.sep).join("/"));
    const bundled = (file: string) => sources.some((s) => s.endsWith(`/${file}`));
    expect(["addin/runtime.ts", "addin/functions/register.ts", "addin/taskpane/taskpane.ts", "schema/values.ts"].filter((f) => !bundled(f))).toEqual([]);
    expect(sources.filter((s) => /node_modules\/(zod|@hono)\//.test(s) || s.includes("/schema/contracts/"))).toEqual([]);
  });

  it("draws every icon the manifest names as a PNG of its size", async () => {
    const dir = await outDir();
    await buildAddin({ officeJs: "cdn", outDir: dir });
    for (const size of [16, 32, 64, 80]) {
      const png = await readFile(path.join(dir, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("reads the OFFICE_JS setting from wrangler.toml's [vars]", () => {
    expect(modeFromWranglerToml('[assets]\ndirectory = "x"\n\n[vars]\nCOUNTY = "金寨县"\nOFFICE_JS = "cdn"\n')).toBe("cdn");
    expect(modeFromWranglerToml('[vars]\nCOUNTY = "金寨县"\n')).toBeUndefined();
  });
});
