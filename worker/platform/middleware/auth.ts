import { bearerAuth } from "hono/bearer-auth";
import { postOfToken } from "../../../domain/people";
import type { AppEnv, Caller } from "../env";
import { hashToken } from "../token-hash";
import { findLiveToken } from "../tokens";
import { rememberVersions } from "../cache-versions";

/** Bearer-token check through Hono's bearerAuth; sets `caller` for the routes. */
export const authenticate = () =>
  bearerAuth<AppEnv>({
    verifyToken: async (token, c) => {
      const known = c.var.bearerHash;
      const row = await findLiveToken(c.var.db, known?.token === token ? known.hash : await hashToken(token));
      if (!row) return false;
      // A read writes nothing, so the versions read now hold for all of it; a write reads them as it
      // loads, unless its route says its loads come first (cache-versions.ts, loadsPrecedeWrites).
      rememberVersions(c.var.db, row.versions, c.req.method === "GET" || c.req.method === "HEAD" ? "read" : "write");
      const caller = toCaller(row);
      if (!caller) return false;
      c.set("caller", caller);
      return true;
    },
  });

function toCaller(row: NonNullable<Awaited<ReturnType<typeof findLiveToken>>>): Caller | null {
  const person = row.personId !== null ? { id: row.personId, name: row.personName } : null;
  const common = { tokenId: row.id, label: row.label, person };
  if (row.role === "office" || row.role === "leader") return { ...common, role: row.role, post: postOfToken(row.role, row.personPost) };
  if (row.role === "unit" && row.unitId !== null && row.unitName !== null) {
    return { ...common, role: "unit", post: postOfToken("unit", row.personPost), unitId: row.unitId, unitName: row.unitName };
  }
  return null;
}
