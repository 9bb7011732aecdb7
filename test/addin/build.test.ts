import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAddin } from "../../scripts/build-addin";
import { modeFromWranglerToml, OFFICE_JS_CDN } from "../../scripts/addin/office-js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const outDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "addin-build-"));
  dirs.push(dir);
  return dir;
};
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
