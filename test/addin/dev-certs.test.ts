import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultCertificatePaths, ensureDevCertificate } from "../../scripts/dev-certs";

describe("scripts/dev-certs.ts", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const fresh = async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "certs-"));
    dirs.push(home);
    return defaultCertificatePaths(home);
  };

  it("creates a localhost certificate signed by the development CA under .office-addin-dev-certs", async () => {
    const paths = await fresh();
    const made = await ensureDevCertificate(paths);
    expect(made.generated).toBe(true);
    expect(made.certPath).toMatch(/\.office-addin-dev-certs\/localhost\.crt$/);
    const cert = new X509Certificate(await readFile(made.certPath));
    const ca = new X509Certificate(await readFile(made.caPath));
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkHost("localhost")).toBe("localhost");
  });

  it("reuses a valid certificate instead of replacing the CA the user already trusted", async () => {
    const paths = await fresh();
    await ensureDevCertificate(paths);
    const before = (await stat(paths.caPath)).mtimeMs;
    const again = await ensureDevCertificate(paths);
    expect(again.generated).toBe(false);
    expect((await stat(paths.caPath)).mtimeMs).toBe(before);
  });
});
