// The admin CLI's commands as functions: `parseAdminArgs` reads the command line, `runAdminCommand`
// runs one command on an open database and reports through `io`, `admin` does both around opening
// the database. scripts/admin.ts is the thin process wrapper; tests call these in-process.
import { parseArgs } from "node:util";
import type { Db } from "../../worker/platform/db";
import { defaultPersistTo, openPreparedDb, type Target } from "./local-db";
import { issueToken, listTokens, revokeToken, type Role } from "./tokens";

export const usage = `usage:
  npm run admin -- token issue --role office|leader|unit [--unit 单位名称] [--label 说明]
  npm run admin -- token revoke <id|token>
  npm run admin -- token list
options: --persist-to <dir>  local state directory (default .wrangler/state, the one npm start uses)
         --remote            the deployed D1 named in wrangler.toml (needs \`wrangler login\`)`;

/** Where output goes: `out` is stdout (the token alone on its line), `err` is stderr. */
export type AdminIo = { out: (line: string) => void; err: (line: string) => void };

export type AdminCommand =
  | { verb: "issue"; role?: string; unit?: string; label?: string }
  | { verb: "revoke"; idOrToken?: string }
  | { verb: "list" };

export type ParsedAdminArgs = { usage: true; code: number } | { usage: false; target: Target; command: AdminCommand };

export function parseAdminArgs(argv: string[]): ParsedAdminArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      unit: { type: "string" },
      label: { type: "string" },
      "persist-to": { type: "string" },
      remote: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [area, verb, arg] = positionals;
  if (values.help) return { usage: true, code: 0 };
  if (area !== "token" || (verb !== "issue" && verb !== "revoke" && verb !== "list")) return { usage: true, code: 2 };
  const target = { persistTo: values["persist-to"] ?? defaultPersistTo, remote: values.remote ?? false };
  const command: AdminCommand =
    verb === "issue" ? { verb, role: values.role, unit: values.unit, label: values.label } : verb === "revoke" ? { verb, idOrToken: arg } : { verb };
  return { usage: false, target, command };
}

const isRole = (role: string | undefined): role is Role => role === "office" || role === "leader" || role === "unit";

/** Runs one command; returns the process exit code. Refusals throw (the caller prints them, exit 1). */
export async function runAdminCommand(db: Db, command: AdminCommand, io: AdminIo): Promise<number> {
  switch (command.verb) {
    case "issue": {
      if (!isRole(command.role)) throw new Error("--role must be office, leader or unit");
      const t = await issueToken(db, { role: command.role, unit: command.unit, label: command.label });
      io.err(`issued token #${t.id} role=${t.role}${t.unit ? ` unit=${t.unit}` : ""}; it is shown once, store it now:`);
      io.out(t.secret);
      return 0;
    }
    case "revoke": {
      if (!command.idOrToken) throw new Error("token revoke needs an id or the token");
      const n = await revokeToken(db, command.idOrToken);
      io.out(n ? `revoked ${n} token(s)` : "no live token matched");
      return n ? 0 : 1;
    }
    case "list":
      for (const t of await listTokens(db)) {
        io.out([`#${t.id}`, t.role, t.unit ?? "-", t.label ?? "-", t.createdAt.toISOString(), t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "live"].join("\t"));
      }
      return 0;
  }
}

export type OpenTarget = (target: Target) => Promise<{ db: Db; close: () => Promise<void> }>;

/** Migrates and seeds what is missing, and opens the database for the command. */
const prepareAndOpen: OpenTarget = (target) => openPreparedDb(target);

/**
 * The whole CLI: parse, open the target (by default migrating and seeding it first), run, close.
 * Returns the exit code; any refusal is printed as `admin: …` on `err` with code 1.
 */
export async function admin(argv: string[], io: AdminIo, open: OpenTarget = prepareAndOpen): Promise<number> {
  try {
    const parsed = parseAdminArgs(argv);
    if (parsed.usage) {
      io.out(usage);
      return parsed.code;
    }
    const { db, close } = await open(parsed.target);
    try {
      return await runAdminCommand(db, parsed.command, io);
    } finally {
      await close();
    }
  } catch (err) {
    io.err(`admin: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
