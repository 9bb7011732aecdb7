// Admin CLI: `npm run admin -- token issue --role unit --unit 县财政局` and friends.
// Works on the local D1 that `npm start` uses (also while the worker runs); `--persist-to DIR`
// picks another local state directory, `--remote` the deployed database.
import { parseArgs } from "node:util";
import { openDb, prepareDatabase, defaultPersistTo } from "./lib/local-db";
import { issueToken, listTokens, revokeToken, type Role } from "./lib/tokens";

const usage = `usage:
  npm run admin -- token issue --role office|leader|unit [--unit 单位名称] [--label 说明]
  npm run admin -- token revoke <id|token>
  npm run admin -- token list
options: --persist-to <dir>  local state directory (default .wrangler/state, the one npm start uses)
         --remote            the deployed D1 named in wrangler.toml (needs \`wrangler login\`)`;

async function main() {
  const { values, positionals } = parseArgs({
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
  if (values.help || area !== "token" || !verb) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const target = { persistTo: values["persist-to"] ?? defaultPersistTo, remote: values.remote ?? false };
  await prepareDatabase(target);
  const { db, close } = await openDb(target);
  try {
    if (verb === "issue") {
      const role = values.role as Role | undefined;
      if (role !== "office" && role !== "leader" && role !== "unit") throw new Error("--role must be office, leader or unit");
      const t = await issueToken(db, { role, unit: values.unit, label: values.label });
      console.error(`issued token #${t.id} role=${t.role}${t.unit ? ` unit=${t.unit}` : ""}; it is shown once, store it now:`);
      console.log(t.secret);
    } else if (verb === "revoke") {
      if (!arg) throw new Error("token revoke needs an id or the token");
      const n = await revokeToken(db, arg);
      console.log(n ? `revoked ${n} token(s)` : "no live token matched");
      if (!n) process.exitCode = 1;
    } else if (verb === "list") {
      for (const t of await listTokens(db)) {
        console.log([`#${t.id}`, t.role, t.unit ?? "-", t.label ?? "-", t.createdAt.toISOString(), t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "live"].join("\t"));
      }
    } else {
      console.log(usage);
      process.exitCode = 2;
    }
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(`admin: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
