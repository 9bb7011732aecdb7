// `npm start`: build the add-in into the worker's static assets, migrate and seed the local
// D1, then run the worker (API + add-in files on one origin) with `wrangler dev`.
//   PORT=8787 (default)   --https or HTTPS=1: serve over TLS with the Office dev certificate
//   --skip-build: serve dist/addin as last built
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAddin } from "./build-addin";
import { buildDevelopmentManifest } from "./build-manifest";
import { ensureDevCertificate } from "./dev-certs";
import { startDevWorker, type DevWorkerOptions } from "./lib/dev-worker";
import { defaultPersistTo, prepareDatabase } from "./lib/local-db";

const { values } = parseArgs({ options: { https: { type: "boolean" }, port: { type: "string" }, "skip-build": { type: "boolean" } }, allowPositionals: true });
const port = Number(values.port ?? process.env.PORT ?? 8787);
const useHttps = values.https || process.env.HTTPS === "1";
const interactive = !process.env.CI && process.stdin.isTTY;

if (!values["skip-build"]) {
  console.log("› building the add-in (dist/addin) …");
  const built = await buildAddin();
  console.log(`  Office.js: ${built.officeJs}; custom functions: ${built.functions.join(", ")}`);
}

console.log("› migrating and seeding the local D1 …");
const { planSeeded } = await prepareDatabase();
console.log(planSeeded ? "  plan seeded from seed/jinzhai/plan.json" : "  database already seeded; kept as is");

let https: DevWorkerOptions["https"];
if (useHttps) {
  const cert = await ensureDevCertificate();
  https = { keyPath: cert.keyPath, certPath: cert.certPath, caPath: cert.caPath };
}
const caPath = https?.caPath;
const worker = await startDevWorker({
  persistTo: defaultPersistTo,
  port,
  https,
  interactive,
  testScheduled: true,
  timeoutMs: 120_000,
  onOutput: (chunk, stream) => (stream === "stdout" ? process.stdout : process.stderr).write(chunk),
});
const url = worker.url;
const manifest = await buildDevelopmentManifest(url);
worker.child.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void worker.stop().then(() => process.exit(0)));
console.log(`
府院联动台账 is running at ${url}
  API:        ${url}/api/v1/health   (OpenAPI: ${url}/api/v1/openapi.json)
  Task pane:  ${url}/taskpane
Get a token (in another terminal; the worker picks it up at once):
  npm run admin -- token issue --role office
  npm run admin -- token issue --role unit --unit 县财政局
  npm run admin -- token issue --role leader
  curl ${caPath ? `--cacert ${caPath} ` : ""}-H "Authorization: Bearer <token>" ${url}/api/v1/tasks
Run the daily 催办 job now (as the 09:00 cron does; deliveries go out through the local queue):
  curl ${caPath ? `--cacert ${caPath} ` : ""}"${url}/__scheduled?cron=0+1+*+*+*"
Development manifest for ${url} (id and name differ from the deployed add-in):
  ${path.relative(process.cwd(), manifest)}
Sideload it (Excel needs HTTPS: ${caPath ? "this server is HTTPS" : "restart with `npm start -- --https`"}):
  Excel on the web: 插入 › 加载项 › 上传我的加载项 › choose ${path.basename(manifest)};
    allow the browser's prompt to access devices on the local network (Chrome/Edge ask once)
  Excel desktop (Windows): share a folder containing ${path.basename(manifest)}, add it under
    文件 › 选项 › 信任中心 › 受信任的加载项目录, then 插入 › 我的加载项 › 共享文件夹
  Trust the development CA once where Excel runs: ~/.office-addin-dev-certs/ca.crt (docs/addin.md)
`);
