/**
 * A development HTTPS certificate for https://localhost:8787, made with the Office tools'
 * own generator (office-addin-dev-certs) into ~/.office-addin-dev-certs/. Unlike
 * `office-addin-dev-certs install`, this never asks for sudo to trust the CA: the user trusts
 * ca.crt once where Excel runs (docs/addin.md), and the same CA is reused as long as it is valid.
 */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateCertificates } from "office-addin-dev-certs";

export type DevCertificate = { keyPath: string; certPath: string; caPath: string };

const DAYS_VALID = 365;
const RENEW_WITHIN_MS = 24 * 60 * 60 * 1000;

export function defaultCertificatePaths(home = os.homedir()): DevCertificate {
  const dir = path.join(home, ".office-addin-dev-certs");
  return { keyPath: path.join(dir, "localhost.key"), certPath: path.join(dir, "localhost.crt"), caPath: path.join(dir, "ca.crt") };
}

/** True when the three files exist, the key matches the certificate, it covers localhost and is not about to expire. */
export function isUsable(paths: DevCertificate, now = Date.now()): boolean {
  if (![paths.keyPath, paths.certPath, paths.caPath].every((p) => existsSync(p))) return false;
  try {
    const cert = new X509Certificate(readFileSync(paths.certPath));
    const ca = new X509Certificate(readFileSync(paths.caPath));
    const key = createPrivateKey(readFileSync(paths.keyPath));
    return (
      cert.checkPrivateKey(key) &&
      cert.verify(ca.publicKey) &&
      cert.checkHost("localhost") !== undefined &&
      Date.parse(cert.validTo) - now > RENEW_WITHIN_MS &&
      Date.parse(ca.validTo) - now > RENEW_WITHIN_MS
    );
  } catch {
    return false;
  }
}

/** Returns a usable localhost certificate, generating a new CA and certificate only when needed. */
export async function ensureDevCertificate(paths: DevCertificate = defaultCertificatePaths()): Promise<DevCertificate & { generated: boolean }> {
  if (isUsable(paths)) return { ...paths, generated: false };
  await generateCertificates(paths.caPath, paths.certPath, paths.keyPath, DAYS_VALID, ["127.0.0.1", "localhost"]);
  if (!isUsable(paths)) throw new Error(`could not create a usable development certificate in ${path.dirname(paths.certPath)}`);
  return { ...paths, generated: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureDevCertificate().then(
    (c) => {
      console.log(c.generated ? "generated a new development certificate" : "development certificate is valid");
      console.log(`key:  ${c.keyPath}\ncert: ${c.certPath}\nCA:   ${c.caPath}  (trust this once where Excel runs, see docs/addin.md)`);
    },
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
