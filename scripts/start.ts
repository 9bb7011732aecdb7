// `npm start`: build the add-in into the worker's static assets, migrate and seed the local
// D1, then run the worker (API + add-in files on one origin) with `wrangler dev`.
//   PORT=8787 (default)   --https or HTTPS=1: serve over TLS with the Office dev certificate
//   --skip-build: serve dist/addin as last built
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { parseArgs } from "node:util";
import { buildAddin } from "./build-addin";
import { buildDevelopmentManifest } from "./build-manifest";
import { binOf } from "./lib/bin";
import { ensureDevCertificate } from "./dev-certs";
import { defaultPersistTo, prepareDatabase, root } from "./lib/local-db";

const { values } = parseArgs({ options: { https: { type: "boolean" }, port: { type: "string" }, "skip-build": { type: "boolean" } }, allowPositionals: true });
const port = Number(values.port ?? process.env.PORT ?? 8787);
const https = values.https || process.env.HTTPS === "1";
const interactive = !process.env.CI && process.stdin.isTTY;

if (!values["skip-build"]) {
  console.log("› building the add-in (dist/addin) …");
  const built = await buildAddin();
  console.log(`  Office.js: ${built.officeJs}; custom functions: ${built.functions.join(", ")}`);
}

console.log("› migrating and seeding the local D1 …");
const { planSeeded } = await prepareDatabase();
console.log(planSeeded ? "  plan seeded from seed/jinzhai/plan.json" : "  database already seeded; kept as is");

// wrangler's own entry run by this node: no `npx` (a .cmd on Windows, which spawn cannot start without a shell).
const args = [binOf("wrangler"), "dev", "--port", String(port), "--persist-to", defaultPersistTo, "--show-interactive-dev-session", String(Boolean(interactive))];
let caPath: string | undefined;
if (https) {
  const cert = await ensureDevCertificate();
  caPath = cert.caPath;
  args.push("--local-protocol", "https", "--https-key-path", cert.keyPath, "--https-cert-path", cert.certPath);
}
const url = `${https ? "https" : "http"}://localhost:${port}`;
const manifest = await buildDevelopmentManifest(url);
const child = spawn(process.execPath, args, {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
child.stdout.on("data", (b) => process.stdout.write(b));
child.stderr.on("data", (b) => process.stderr.write(b));
child.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));

await waitForHealth(url, caPath);
console.log(`
府院联动台账 is running at ${url}
  API:        ${url}/api/v1/health   (OpenAPI: ${url}/api/v1/openapi.json)
  Task pane:  ${url}/taskpane
Get a token (in another terminal; the worker picks it up at once):
  npm run admin -- token issue --role office
  npm run admin -- token issue --role unit --unit 县财政局
  npm run admin -- token issue --role leader
  curl ${https ? `--cacert ${caPath} ` : ""}-H "Authorization: Bearer <token>" ${url}/api/v1/tasks
Development manifest for ${url} (id and name differ from the deployed add-in):
  ${path.relative(process.cwd(), manifest)}
Sideload it (Excel needs HTTPS: ${https ? "this server is HTTPS" : "restart with `npm start -- --https`"}):
  Excel on the web: 插入 › 加载项 › 上传我的加载项 › choose ${path.basename(manifest)};
    allow the browser's prompt to access devices on the local network (Chrome/Edge ask once)
  Excel desktop (Windows): share a folder containing ${path.basename(manifest)}, add it under
    文件 › 选项 › 信任中心 › 受信任的加载项目录, then 插入 › 我的加载项 › 共享文件夹
  Trust the development CA once where Excel runs: ~/.office-addin-dev-certs/ca.crt (docs/addin.md)
`);

async function waitForHealth(base: string, ca?: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await healthy(`${base}/api/v1/health`, ca)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`worker did not answer at ${base} within 120 s`);
}

/** One health probe; over HTTPS it verifies the server against our development CA. */
function healthy(url: string, ca?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const get = url.startsWith("https:") ? httpsGet : httpGet;
    const req = get(url, ca ? { ca: readFileSync(ca) } : {}, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(5000, () => req.destroy());
  });
}
