import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OfficeAddinManifest } from "office-addin-manifest";
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml";
import { readFile, readdir } from "node:fs/promises";
import { buildDevelopmentManifest, buildManifest, DEVELOPMENT_ID } from "../../scripts/build-manifest";
import { REQUIRED_EXCEL_API } from "../../addin/workbook/api-level";

const rootManifest = path.resolve(import.meta.dirname, "../../manifest.xml");

// xml2js shape: child elements are arrays, attributes sit under `$`.
type Node = { $?: Record<string, string>; [child: string]: unknown };
const kids = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];
const kid = (node: Node, ...names: string[]): Node =>
  names.reduce<Node>((n, name) => {
    const next = kids(n, name)[0];
    if (!next) throw new Error(`missing <${name}>`);
    return next;
  }, node);

async function parsed(file: string) {
  const xml = (await new ManifestHandlerXml(file).parseXmlAsync()) as { OfficeApp: Node };
  const app = xml.OfficeApp;
  const overrides = kid(app, "VersionOverrides");
  const host = kid(overrides, "Hosts", "Host");
  const resources = kid(overrides, "Resources");
  const urls = new Map(kids(kid(resources, "bt:Urls"), "bt:Url").map((u) => [u.$!.id, u.$!.DefaultValue]));
  const strings = new Map(kids(kid(resources, "bt:ShortStrings"), "bt:String").map((s) => [s.$!.id, s.$!.DefaultValue]));
  const images = kids(kid(resources, "bt:Images"), "bt:Image").map((i) => i.$!.DefaultValue);
  const url = (resid: string | undefined) => urls.get(resid ?? "");
  const functions = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions")!;
  const desktop = kid(host, "DesktopFormFactor");
  const ribbon = kids(desktop, "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "PrimaryCommandSurface")!;
  // Every address the manifest holds: the top-level icons and support page, the resource URLs and images.
  const topLevel = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => kid(app, name).$!.DefaultValue);
  const addresses = [...topLevel, ...urls.values(), ...images];
  return { app, host, urls, strings, images, url, functions, desktop, ribbon, addresses };
}

const urlIds = ["Functions.Metadata.Url", "Functions.Script.Url", "GetStarted.LearnMoreUrl", "Taskpane.Url"];
const iconFiles = ["icon-16.png", "icon-32.png", "icon-80.png"];

describe("manifest.xml", () => {
  it("names the add-in by its fixed id for the Excel workbook host", async () => {
    const info = await OfficeAddinManifest.readManifestFile(rootManifest);
    expect(info.id).toBe("84a61152-32ce-4493-bf6f-a6dfbb926756");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.displayName).toBe("府院联动台账");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:8787/taskpane");
  });

  it("runs the task pane, the ribbon and the functions in one long-lived shared runtime", async () => {
    const m = await parsed(rootManifest);
    const runtimes = kids(kid(m.host, "Runtimes"), "Runtime");
    expect(runtimes.map((r) => r.$)).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    expect(kid(m.functions, "Page", "SourceLocation").$!.resid).toBe("Taskpane.Url");
    expect(kid(m.desktop, "FunctionFile").$!.resid).toBe("Taskpane.Url");
    expect(m.url("Taskpane.Url")).toBe("https://localhost:8787/taskpane");
  });

  it("requires the ExcelApi set the workbook code needs, CustomFunctionsRuntime 1.2 (CustomFunctions.Error) and SharedRuntime 1.1", async () => {
    const m = await parsed(rootManifest);
    const sets = kids(kid(m.app, "Requirements", "Sets"), "Set").map((s) => s.$);
    expect(sets).toEqual([
      { Name: "ExcelApi", MinVersion: REQUIRED_EXCEL_API },
      { Name: "CustomFunctionsRuntime", MinVersion: "1.2" },
      { Name: "SharedRuntime", MinVersion: "1.1" },
    ]);
  });

  it("opens the task pane from a button on the Home tab, without a TaskpaneId", async () => {
    const m = await parsed(rootManifest);
    const tab = kid(m.ribbon, "OfficeTab");
    expect(tab.$!.id).toBe("TabHome");
    const group = kid(tab, "Group");
    expect(m.strings.get(kid(group, "Label").$!.resid)).toBe("府院联动");
    const action = kid(group, "Control", "Action");
    expect(action.$!["xsi:type"]).toBe("ShowTaskpane");
    expect(kid(action, "SourceLocation").$!.resid).toBe("Taskpane.Url");
    expect(action.TaskpaneId).toBeUndefined();
  });

  it("publishes the custom functions under the FUYUAN namespace with their script and metadata", async () => {
    const m = await parsed(rootManifest);
    expect(m.strings.get(kid(m.functions, "Namespace").$!.resid)).toBe("FUYUAN");
    expect(m.url(kid(m.functions, "Script", "SourceLocation").$!.resid)).toBe("https://localhost:8787/functions.js");
    expect(m.url(kid(m.functions, "Metadata", "SourceLocation").$!.resid)).toBe("https://localhost:8787/functions.json");
  });

  it("points every URL and icon at the local worker over HTTPS", async () => {
    const m = await parsed(rootManifest);
    expect([...m.urls.keys()].sort()).toEqual(urlIds);
    expect(m.images.map((i) => path.posix.basename(i ?? ""))).toEqual(iconFiles);
    expect(m.addresses).toHaveLength(3 + urlIds.length + iconFiles.length);
    for (const value of m.addresses) expect(value).toMatch(/^https:\/\/localhost:8787\//);
  });
});

describe("scripts/build-manifest.ts", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("writes a manifest whose every URL points at the deployed origin", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "manifest-"));
    dirs.push(dir);
    const out = await buildManifest("https://ledger.example.gov.cn", path.join(dir, "manifest.xml"));
    const info = await OfficeAddinManifest.readManifestFile(out);
    expect(info.id).toBe("84a61152-32ce-4493-bf6f-a6dfbb926756");
    expect(info.appDomains).toEqual(["https://ledger.example.gov.cn"]);
    const m = await parsed(out);
    expect(m.url("Taskpane.Url")).toBe("https://ledger.example.gov.cn/taskpane");
    expect([...m.urls.keys()].sort()).toEqual(urlIds);
    expect(m.addresses).toHaveLength(3 + urlIds.length + iconFiles.length);
    for (const value of m.addresses) expect(value).toMatch(/^https:\/\/ledger\.example\.gov\.cn\//);
  });

  it("writes a development manifest for the port and protocol npm start serves, with its own id and name", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "manifest-"));
    dirs.push(dir);
    const dev = await buildDevelopmentManifest("http://localhost:8790", path.join(dir, "dev.xml"));
    const deployed = await buildManifest("https://ledger.example.gov.cn", path.join(dir, "deployed.xml"));
    const [d, p] = await Promise.all([OfficeAddinManifest.readManifestFile(dev), OfficeAddinManifest.readManifestFile(deployed)]);
    expect([d.id, d.displayName]).toEqual([DEVELOPMENT_ID, "府院联动台账（开发）"]);
    expect([p.id, p.displayName]).toEqual(["84a61152-32ce-4493-bf6f-a6dfbb926756", "府院联动台账"]);
    const m = await parsed(dev);
    expect(m.strings.get("Group.Label")).toBe("府院联动（开发）");
    for (const value of [...m.urls.values(), ...m.images]) expect(value).toMatch(/^http:\/\/localhost:8790\//);
    await expect(buildDevelopmentManifest("https://ledger.example.gov.cn", path.join(dir, "x.xml"))).rejects.toThrow(/this machine/);
  });

  it("refuses a plain-HTTP deployment URL, which Excel would not load", async () => {
    await expect(buildManifest("http://ledger.example.gov.cn", "/nonexistent/manifest.xml")).rejects.toThrow(/HTTPS/);
  });
});

describe("scripts on Windows", () => {
  it("start no command through npx or a shell: every tool is run by node from its package", async () => {
    const dir = path.resolve(import.meta.dirname, "../../scripts");
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".ts"));
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(dir, file), "utf8");
      if (/spawn(Sync)?\(\s*["'`]npx/.test(text) || /shell:\s*true/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
