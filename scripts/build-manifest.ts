/**
 * Writes the add-in manifest for one environment from the root manifest.xml (the template: the
 * deployed add-in's id and name, URLs at https://localhost:8787).
 * - deployed: every local URL becomes the worker's HTTPS origin; id and name as in the template.
 * - development (`npm start` writes it): its own id and a name marked （开发）, so a developer's
 *   sideloaded add-in never replaces, or is mistaken for, the county's deployed one.
 *
 *   npx tsx scripts/build-manifest.ts --url https://ledger.example.gov.cn [--out dist/manifest.xml]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const LOCAL_ORIGIN = "https://localhost:8787";
export type Environment = "deployed" | "development";
/** The development add-in's id; the deployed id is the one in manifest.xml. */
export const DEVELOPMENT_ID = "3f1d6c2a-8e4b-4d7a-9c55-0b7e2a9d4f61";
export const DEVELOPMENT_SUFFIX = "（开发）";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The origin of a deployment URL; refuses anything Excel would not load (plain HTTP, paths). */
export function deploymentOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`not a URL: ${url}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`Excel loads add-ins only over HTTPS: ${url}`);
  if (parsed.pathname !== "/" || parsed.search || parsed.hash) {
    throw new Error(`give the worker's origin only (https://host[:port]), not ${url}`);
  }
  return parsed.origin;
}

/** A development server's origin: this machine, HTTP or HTTPS (Excel itself loads only HTTPS). */
export function developmentOrigin(url: string): string {
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1"].includes(parsed.hostname)) throw new Error(`a development manifest points at this machine, not ${url}`);
  return parsed.origin;
}

/** The manifest text with every local URL moved to `origin`. */
export function manifestForOrigin(xml: string, origin: string, environment: Environment = "deployed"): string {
  const target = environment === "deployed" ? deploymentOrigin(origin) : developmentOrigin(origin);
  const moved = xml.split(LOCAL_ORIGIN).join(target);
  if (environment === "deployed") return moved;
  return moved
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${DEVELOPMENT_ID}</Id>`)
    .replace(/(<DisplayName DefaultValue=")([^"]*)(")/, `$1$2${DEVELOPMENT_SUFFIX}$3`)
    .replace(/(<bt:String id="Group.Label" DefaultValue=")([^"]*)(")/, `$1$2${DEVELOPMENT_SUFFIX}$3`);
}

export async function buildManifest(url: string, out = path.join(root, "dist/manifest.xml"), environment: Environment = "deployed"): Promise<string> {
  const xml = await readFile(path.join(root, "manifest.xml"), "utf8");
  const text = manifestForOrigin(xml, url, environment);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, text);
  return out;
}

/** What `npm start` writes: the development manifest for the origin it serves. */
export const buildDevelopmentManifest = (origin: string, out = path.join(root, "dist/manifest.development.xml")) =>
  buildManifest(origin, out, "development");

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const url = argValue(args, "--url");
  if (!url) {
    console.error("usage: tsx scripts/build-manifest.ts --url https://your-worker.example [--out dist/manifest.xml]");
    process.exit(2);
  }
  const outArg = argValue(args, "--out");
  buildManifest(url, outArg ? path.resolve(outArg) : undefined).then(
    (out) => console.log(`manifest for ${deploymentOrigin(url)} written to ${path.relative(process.cwd(), out)}`),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
