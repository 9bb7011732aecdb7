// The admin CLI's commands, in-process against a real local D1 (migrated and seeded like `npm start`
// does): the same argument parsing, commands and messages as `npm run admin`, without a process per
// case. admin-cli.test.ts runs the real command line once, against a running worker.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeededD1 } from "./d1-template";
import { admin } from "../../scripts/lib/admin-commands";
import { openDb } from "../../scripts/lib/local-db";

const persistTo = mkdtempSync(path.join(os.tmpdir(), "fuyuan-admin-"));
let opened: Awaited<ReturnType<typeof openDb>>;
beforeAll(async () => {
  // A copy of the database the global setup migrated and seeded as `npm start` does.
  await copySeededD1(persistTo);
  opened = await openDb({ persistTo });
});
afterAll(async () => {
  await opened?.close();
  rmSync(persistTo, { recursive: true, force: true });
});

/** `npm run admin -- …args` on the open database: exit code, stdout and stderr lines. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await admin([...args, "--persist-to", persistTo], { out: (l) => out.push(l), err: (l) => err.push(l) }, (target) => {
    expect(target).toEqual({ persistTo, remote: false });
    return Promise.resolve({ db: opened.db, close: () => Promise.resolve() });
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), lastLine: out.at(-1) ?? "" };
}

/** The `token list` line of one token, found by the id `token issue` printed on stderr. */
async function listed(issuedStderr: string): Promise<string[]> {
  const id = /#(\d+)/.exec(issuedStderr)?.[1];
  expect(id).toBeDefined();
  const line = (await run("token", "list")).stdout.split("\n").find((l) => l.startsWith(`#${id}\t`));
  expect(line).toBeDefined();
  return line!.split("\t");
}

describe("npm run admin -- token … (in-process)", () => {
  it("prints a new unit token alone on its last line and lists it as live for that unit", async () => {
    const issued = await run("token", "issue", "--role", "unit", "--unit", "县财政局");
    expect(issued.code).toBe(0);
    expect(issued.stdout.split("\n")).toHaveLength(1);
    expect(issued.lastLine).toMatch(/^fy_[A-Za-z0-9_-]{40,}$/);
    expect(issued.stderr).toMatch(/role=unit unit=县财政局; it is shown once/);
    const [, role, unit, , , state] = await listed(issued.stderr);
    expect([role, unit, state]).toEqual(["unit", "县财政局", "live"]);
  });

  it("resolves an alias the plan uses when binding a unit token", async () => {
    const issued = await run("token", "issue", "--role", "unit", "--unit", "县经信局");
    expect(issued.code).toBe(0);
    expect(issued.stderr).toMatch(/unit=县科商经信局/);
    expect((await listed(issued.stderr))[2]).toBe("县科商经信局");
  });

  it("issues office and leader tokens without a unit, and refuses a leader bound to a unit", async () => {
    const office = await run("token", "issue", "--role", "office");
    expect(office.code).toBe(0);
    expect((await listed(office.stderr)).slice(1, 3)).toEqual(["office", "-"]);
    const before = (await run("token", "list")).stdout;
    const refused = await run("token", "issue", "--role", "leader", "--unit", "县法院");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^admin: --role leader is not bound to a unit/);
    expect((await run("token", "list")).stdout).toBe(before);
  });

  it("refuses an unknown unit or role and prints no token", async () => {
    const unknown = await run("token", "issue", "--role", "unit", "--unit", "县不存在局");
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).not.toMatch(/fy_/);
    expect(unknown.stderr).toMatch(/unknown unit: 县不存在局/);
    const badRole = await run("token", "issue", "--role", "mayor");
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/--role must be office, leader or unit/);
  });

  it("lists tokens without showing any secret", async () => {
    const issued = await run("token", "issue", "--role", "leader", "--label", "县领导");
    const list = await run("token", "list");
    expect(list.code).toBe(0);
    expect((await listed(issued.stderr)).slice(1, 4)).toEqual(["leader", "-", "县领导"]);
    expect(list.stdout).not.toContain(issued.lastLine);
    expect(list.stdout).not.toMatch(/fy_/);
  });

  it("revokes by the token or by its id, once; revoking nothing exits 1", async () => {
    const bySecret = await run("token", "issue", "--role", "unit", "--unit", "县税务局");
    expect(await run("token", "revoke", bySecret.lastLine)).toMatchObject({ code: 0, stdout: "revoked 1 token(s)" });
    expect((await listed(bySecret.stderr))[5]).toMatch(/^revoked \d{4}-/);
    expect(await run("token", "revoke", bySecret.lastLine)).toMatchObject({ code: 1, stdout: "no live token matched" });

    const byId = await run("token", "issue", "--role", "office");
    const id = /#(\d+)/.exec(byId.stderr)![1]!;
    expect(await run("token", "revoke", id)).toMatchObject({ code: 0, stdout: "revoked 1 token(s)" });
    expect((await listed(byId.stderr))[5]).toMatch(/^revoked /);
    expect((await run("token", "revoke")).stderr).toMatch(/needs an id or the token/);
  });

  it("prints the usage: exit 0 for --help, 2 for an unknown command", async () => {
    expect(await run("--help")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage:/) });
    expect(await run("token", "rotate")).toMatchObject({ code: 2, stdout: expect.stringMatching(/^usage:/) });
  });
});
