/**
 * Builds the add-in into the worker's static assets (dist/addin), so one origin serves the
 * task pane, the custom functions and the API:
 *   taskpane.html (+ index.html), taskpane.js, taskpane.css  - the shared runtime's page: taskpane.js is
 *                                                               addin/runtime.ts, which registers the custom
 *                                                               functions and starts the pane
 *   functions.js, functions.json                              - the manifest's functions script and metadata
 *   office-js/                                                - Office.js, when OFFICE_JS=local
 *   upload.html, upload.js, upload.css                        - the 报送表 upload page (/upload) for units without
 *                                                               the add-in, under the same headers
 *   assets/icon-*.png                                         - ribbon and store icons
 *   _headers                                                  - the security headers of every file (CSP for
 *                                                               where Office.js comes from), applied by Workers assets
 *
 *   npx tsx scripts/build-addin.ts [--office-js local|cdn]
 * Without the flag, OFFICE_JS from the environment, then from wrangler.toml [vars], decides.
 */
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { drawIcon, ICON_SIZES } from "./addin/icons";
import { headersFile } from "./addin/pane-headers";
import { copyOfficeJs, modeFromWranglerToml, officeJsSrc, parseMode, type OfficeJsMode } from "./addin/office-js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OFFICE_JS_MARKER = "<!-- office-js -->";

export type BuildResult = { outDir: string; officeJs: OfficeJsMode; officeJsBytes: number; functions: string[] };

export async function resolveOfficeJsMode(flag?: string): Promise<OfficeJsMode> {
  if (flag) return parseMode(flag);
  if (process.env.OFFICE_JS) return parseMode(process.env.OFFICE_JS);
  return modeFromWranglerToml(await readFile(path.join(root, "wrangler.toml"), "utf8")) ?? "local";
}

/**
 * functions.json from the JSDoc of functions.ts. register.ts holds the associate() calls the webpack
 * plugin would append; a function whose id it does not associate would show #NAME? in Excel, so
 * the build refuses that drift.
 */
async function functionsMetadata(source: string, register: string) {
  const result = await generateCustomFunctionsMetadata(source, false);
  if (result.errors.length) throw new Error(`custom function metadata errors in ${source}:\n${result.errors.join("\n")}`);
  if (!result.metadataJson) throw new Error(`no custom functions found in ${source}`);
  const registered = await readFile(register, "utf8");
  const missing = result.associate.filter((a) => !registered.includes(`associate(${JSON.stringify(a.id)}, ${a.functionName})`));
  if (missing.length) throw new Error(`${register} does not associate ${missing.map((a) => a.id).join(", ")}`);
  // DEADLINE returns a formatted date (a data type) where ExcelApi 1.16 is there; Excel accepts a data
  // type from a function returning "any" only with this flag in the metadata.
  const metadata = { allowCustomDataForDataTypeAny: true, ...(JSON.parse(result.metadataJson) as object) };
  return { metadataJson: JSON.stringify(metadata, null, 2), ids: result.associate.map((a) => a.id) };
}

export async function buildAddin(options: { officeJs?: OfficeJsMode; outDir?: string; minify?: boolean } = {}): Promise<BuildResult> {
  const officeJs = options.officeJs ?? (await resolveOfficeJsMode());
  const outDir = options.outDir ?? path.join(root, "dist/addin");
  const addin = path.join(root, "addin");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "assets"), { recursive: true });

  const common = {
    bundle: true,
    platform: "browser",
    format: "iife",
    // Shared-runtime hosts run Edge WebView2, Safari WebKit or a current browser; no Trident.
    target: "es2020",
    minify: options.minify ?? true,
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    tsconfig: path.join(addin, "tsconfig.json"),
  } as const;

  await build({ ...common, entryPoints: [path.join(addin, "runtime.ts")], outfile: path.join(outDir, "taskpane.js") });

  const fn = await functionsMetadata(path.join(addin, "functions/functions.ts"), path.join(addin, "functions/register.ts"));
  await build({ ...common, entryPoints: [path.join(addin, "functions/register.ts")], outfile: path.join(outDir, "functions.js") });
  await writeFile(path.join(outDir, "functions.json"), fn.metadataJson);

  const html = await readFile(path.join(addin, "taskpane/index.html"), "utf8");
  if (!html.includes(OFFICE_JS_MARKER)) throw new Error(`addin/taskpane/index.html lacks the ${OFFICE_JS_MARKER} marker`);
  const page = html.replace(OFFICE_JS_MARKER, `<script src="${officeJsSrc(officeJs)}"></script>`);
  await writeFile(path.join(outDir, "taskpane.html"), page);
  await writeFile(path.join(outDir, "index.html"), page);
  await copyFile(path.join(addin, "taskpane/taskpane.css"), path.join(outDir, "taskpane.css"));

  await build({ ...common, entryPoints: [path.join(addin, "upload/upload.ts")], outfile: path.join(outDir, "upload.js") });
  await copyFile(path.join(addin, "upload/index.html"), path.join(outDir, "upload.html"));
  await copyFile(path.join(addin, "upload/upload.css"), path.join(outDir, "upload.css"));

  await writeFile(path.join(outDir, "_headers"), headersFile(officeJs));

  for (const size of ICON_SIZES) await writeFile(path.join(outDir, `assets/icon-${size}.png`), drawIcon(size));

  let officeJsBytes = 0;
  if (officeJs === "local") {
    const copied = await copyOfficeJs(path.join(root, "node_modules/@microsoft/office-js/dist"), path.join(outDir, "office-js"));
    officeJsBytes = copied.bytes;
  }
  return { outDir, officeJs, officeJsBytes, functions: fn.ids };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--office-js");
  resolveOfficeJsMode(i >= 0 ? args[i + 1] : undefined)
    .then((officeJs) => buildAddin({ officeJs }))
    .then(
      (r) => {
        const office = r.officeJs === "local" ? `Office.js served locally (${(r.officeJsBytes / 1e6).toFixed(1)} MB)` : "Office.js from Microsoft's CDN";
        console.log(`add-in built into ${path.relative(process.cwd(), r.outDir)}: ${office}; functions ${r.functions.join(", ")}`);
      },
      (err: Error) => {
        console.error(err.message);
        process.exit(1);
      },
    );
}
