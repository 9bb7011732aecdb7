// The admin CLI end to end, once: the real `npm run admin` process issues a token that the running
// worker accepts at once, and revokes it so that the worker refuses it at once. Every command's
// cases run in-process in admin-commands.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeededD1 } from "./d1-template";
import { runTool } from "../../scripts/lib/bin";
import { startDevWorker, type DevWorker } from "../../scripts/lib/dev-worker";
import { root } from "../../scripts/lib/local-db";

const persistTo = mkdtempSync(path.join(os.tmpdir(), "fuyuan-admin-e2e-"));

function admin(...args: string[]) {
  const res = runTool("tsx", ["scripts/admin.ts", ...args, "--persist-to", persistTo], { cwd: root, encoding: "utf8" });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr, lastLine: res.stdout.trim().split("\n").at(-1) ?? "" };
}

let worker: DevWorker | undefined;
beforeAll(async () => {
  // The database as `npm start` leaves it (migrated and seeded once by the global setup).
  await copySeededD1(persistTo);
  worker = await startDevWorker({ persistTo, ip: "127.0.0.1", logLevel: "warn" });
});
afterAll(async () => {
  await worker?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

/** wrangler dev reloads when files in the tree change; a dropped connection is retried, a status never is. */
async function me(token: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(`${worker!.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}`, Connection: "close" } });
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

describe("npm run admin (a real process, a running worker)", () => {
  it("issues a unit token the running worker accepts at once, and revokes it so the worker refuses it at once", async () => {
    const issued = admin("token", "issue", "--role", "unit", "--unit", "县财政局");
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.lastLine).toMatch(/^fy_[A-Za-z0-9_-]{40,}$/);
    const res = await me(issued.lastLine);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: "unit", unit: "县财政局" });

    const revoked = admin("token", "revoke", issued.lastLine);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout.trim()).toBe("revoked 1 token(s)");
    expect((await me(issued.lastLine)).status).toBe(401);
  });
});
