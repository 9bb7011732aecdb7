/**
 * Writes the add-in manifest for a deployed worker: every https://localhost:8787 URL in the
 * root manifest.xml becomes the given origin.
 *
 *   npx tsx scripts/build-manifest.ts --url https://ledger.example.gov.cn [--out dist/manifest.xml]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const LOCAL_ORIGIN = "https://localhost:8787";
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

/** The manifest text with every local URL moved to `origin`. */
export function manifestForOrigin(xml: string, origin: string): string {
  return xml.split(LOCAL_ORIGIN).join(deploymentOrigin(origin));
}

export async function buildManifest(url: string, out = path.join(root, "dist/manifest.xml")): Promise<string> {
  const xml = await readFile(path.join(root, "manifest.xml"), "utf8");
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, manifestForOrigin(xml, url));
  return out;
}

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
