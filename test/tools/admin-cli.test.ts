import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker } from "./local-worker";

const root = path.resolve(import.meta.dirname, "../..");
const persistTo = mkdtempSync(path.join(os.tmpdir(), "fuyuan-admin-"));

function admin(...args: string[]) {
  const res = spawnSync("npx", ["tsx", "scripts/admin.ts", ...args, "--persist-to", persistTo], { cwd: root, encoding: "utf8" });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr, lastLine: res.stdout.trim().split("\n").at(-1) ?? "" };
}

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  expect(admin("token", "list").code).toBe(0); // migrates and seeds the fresh state directory
  worker = await startWorker(persistTo);
});
afterAll(async () => worker?.stop());

/** wrangler dev reloads when files in the tree change; a dropped connection is retried, a status never is. */
async function me(token: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(`${worker.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}`, Connection: "close" } });
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

describe("npm run admin -- token …", () => {
  it("prints a new unit token alone on its last line, and it works at once on the running worker", async () => {
    const issued = admin("token", "issue", "--role", "unit", "--unit", "县财政局");
    expect(issued.code).toBe(0);
    expect(issued.lastLine).toMatch(/^fy_[A-Za-z0-9_-]{40,}$/);
    const res = await me(issued.lastLine);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: "unit", unit: "县财政局" });
  });

  it("resolves an alias the plan uses when binding a unit token", async () => {
    const issued = admin("token", "issue", "--role", "unit", "--unit", "县经信局");
    expect(await (await me(issued.lastLine)).json()).toMatchObject({ unit: "县科商经信局" });
  });

  it("issues office and leader tokens without a unit", async () => {
    const office = admin("token", "issue", "--role", "office");
    expect(await (await me(office.lastLine)).json()).toMatchObject({ role: "office", unit: null });
    const refused = admin("token", "issue", "--role", "leader", "--unit", "县法院");
    expect(refused.code).toBe(1);
  });

  it("refuses an unknown unit and prints no token", () => {
    const res = admin("token", "issue", "--role", "unit", "--unit", "县不存在局");
    expect(res.code).toBe(1);
    expect(res.stdout).not.toMatch(/fy_/);
    expect(res.stderr).toMatch(/unknown unit/);
  });

  it("lists tokens without showing any secret", () => {
    const issued = admin("token", "issue", "--role", "leader");
    const list = admin("token", "list");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/leader/);
    expect(list.stdout).not.toContain(issued.lastLine);
    expect(list.stdout).not.toMatch(/fy_/);
  });

  it("revokes a token so that the running worker refuses it at once", async () => {
    const issued = admin("token", "issue", "--role", "unit", "--unit", "县税务局");
    expect((await me(issued.lastLine)).status).toBe(200);
    expect(admin("token", "revoke", issued.lastLine).code).toBe(0);
    expect((await me(issued.lastLine)).status).toBe(401);
  });
});
