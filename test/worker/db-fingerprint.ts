import { env } from "cloudflare:workers";

/**
 * Every table of the file's D1 (from sqlite_master) with a digest of all its rows, so a test can
 * say "nothing was written anywhere" by comparing two fingerprints, and name the table that moved.
 */
export async function dbFingerprint(): Promise<Record<string, string>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const tables = results.map((r) => r.name);
  const all = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM "${t}" ORDER BY rowid`)));
  const out: Record<string, string> = {};
  for (const [i, t] of tables.entries()) {
    const rows = all[i]!.results;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(rows)));
    out[t] = `${rows.length}:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16)}`;
  }
  return out;
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
