import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { copyOfficeJs } from "../../../scripts/addin/office-js";
import type { Step, Use } from "../workbook/api-recorder";

// The Office.js the worker serves (OFFICE_JS=local): the files scripts/addin/office-js.ts copies out of
// @microsoft/office-js, served from 127.0.0.1 to a fresh headless Chromium. Each recorded chain of API
// steps is replayed on a real `Excel.RequestContext` of one Excel host file, which names the class at
// every step and says whether that build's object model has the member. Nothing is sent to Excel:
// outside Office, the object model only queues, and `sync` is never called.

export type Member = { cls: string | null; member: string; exists: boolean };
export type Replayed = { chain: Step[]; level: string | null; members: Member[] };
export type RealBuild = {
  replay(file: string, uses: Use[]): Promise<Replayed[]>;
  /** The error codes Office.js and the Excel object model of `file` define (OfficeExtension.ErrorCodes, Excel.ErrorCodes). */
  errorCodes(file: string): Promise<string[]>;
  close(): Promise<void>;
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function openRealBuild(): Promise<RealBuild> {
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")), "dist");
  const served = await mkdtemp(path.join(os.tmpdir(), "office-js-served-"));
  await copyOfficeJs(dist, served);
  const server = await listen(served);
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profile = await mkdtemp(path.join(os.tmpdir(), "office-js-chromium-"));
  const browser: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
  const inPage = async <T>(file: string, run: (page: Page) => Promise<T>): Promise<T> => {
    const page = await browser.newPage();
    await page.route((url) => !url.href.startsWith(origin), (route) => route.abort());
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: `${origin}/${file}` });
    try {
      return await run(page);
    } finally {
      await page.close();
    }
  };
  return {
    replay: (file, uses) => inPage(file, (page) => page.evaluate(replayInPage, uses)),
    errorCodes: (file) =>
      inPage(file, (page) =>
        page.evaluate(() => {
          const g = globalThis as unknown as Record<string, { ErrorCodes?: Record<string, string> }>;
          return [...new Set([...Object.values(g.OfficeExtension?.ErrorCodes ?? {}), ...Object.values(g.Excel?.ErrorCodes ?? {})])].sort();
        }),
      ),
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await rm(profile, { recursive: true, force: true });
      await rm(served, { recursive: true, force: true });
    },
  };
}

function listen(dir: string): Promise<Server> {
  const server = createServer((req, res) => void serveFile(dir, req, res));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function serveFile(dir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/") return void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Office.js</title>");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      res.writeHead(200, { "content-type": "text/javascript" }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  }
}

/** Runs in the page: self-contained, no closures over this module. */
function replayInPage(uses: Use[]): Replayed[] {
  type Any = Record<string, unknown> & object;
  const X = (globalThis as unknown as { Excel: Record<string, unknown> }).Excel;
  const classes = Object.entries(X).filter((e): e is [string, { prototype: object }] => typeof e[1] === "function" && !!(e[1] as { prototype?: unknown }).prototype);
  const nameOf = (o: object) => classes.find(([, c]) => c.prototype === Object.getPrototypeOf(o))?.[0] ?? null;
  const context = new (X.RequestContext as new () => Any)();

  function walk(steps: Step[]): { members: Member[]; end: unknown } {
    let at: unknown = context;
    let items = false;
    const members: Member[] = [];
    for (const step of steps) {
      if (typeof at !== "object" || at === null) break;
      const obj = at as Any;
      if (step.kind === "item") {
        at = items && typeof obj.getItemAt === "function" ? (obj.getItemAt as (i: number) => unknown)(0) : null;
        items = false;
        continue;
      }
      const exists = step.name in obj;
      members.push({ cls: nameOf(obj), member: step.name, exists });
      if (!exists || step.kind === "set") break;
      if (step.kind === "get" && step.name === "items") {
        items = true;
        continue;
      }
      try {
        if (step.kind === "call") {
          const args = step.args.map((a) => ("ref" in a ? walk(a.ref).end : a.value));
          at = (obj[step.name] as (...a: unknown[]) => unknown).apply(obj, args);
        } else at = obj[step.name];
      } catch {
        // A scalar property that is not loaded (values, rowCount …) throws outside a sync: the chain ends here.
        break;
      }
    }
    return { members, end: at };
  }
  return uses.map((use) => ({ chain: use.steps, level: use.level, members: walk(use.steps).members }));
}
