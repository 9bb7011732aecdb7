// A whole local D1 kept in memory and put back: the browser files that share one `wrangler dev`
// (test/addin/browser/harness.ts) each start from the seeded database this way, as if from a
// fresh copy of it. Putting it back is one batch, so D1 runs it as one transaction: every table is
// dropped (with its indexes and triggers), created again from the snapshot's own statements, filled
// with the snapshot's rows, and only then are the indexes and triggers created again, so that no
// trigger (the change log's, the cache versions') fires for rows that are only being restored.
// The cache versions come back as they were in the seed, so whatever a worker kept under them
// still describes the seed; any later write gives a fresh random version.

type Row = Record<string, unknown>;
type Table = { name: string; create: string; columns: string[]; rows: unknown[][] };
export type D1Snapshot = { tables: Table[]; afterRows: string[] };

// D1 takes at most 100 bound parameters per statement.
const MAX_PARAMS = 100;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
// Tables D1 and SQLite keep for themselves.
const OWN = "name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'";

export async function takeSnapshot(d1: D1Database): Promise<D1Snapshot> {
  const { results: schema } = await d1
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE ${OWN} AND sql IS NOT NULL ORDER BY rowid`)
    .all<{ type: string; name: string; sql: string }>();
  const tableSchemas = schema.filter((s) => s.type === "table");
  const reads = await d1.batch<Row>(tableSchemas.map((t) => d1.prepare(`SELECT * FROM ${quote(t.name)}`)));
  const tables = tableSchemas.map((t, i): Table => {
    const rows = reads[i]?.results ?? [];
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    return { name: t.name, create: t.sql, columns, rows: rows.map((r) => columns.map((c) => r[c])) };
  });
  return { tables, afterRows: schema.filter((s) => s.type !== "table").map((s) => s.sql) };
}

export async function restoreSnapshot(d1: D1Database, snapshot: D1Snapshot): Promise<void> {
  const { results: present } = await d1.prepare(`SELECT type, name FROM sqlite_master WHERE ${OWN} AND type IN ('table', 'view')`).all<{ type: string; name: string }>();
  const statements: D1PreparedStatement[] = [d1.prepare("PRAGMA defer_foreign_keys = on")];
  for (const { type, name } of present) statements.push(d1.prepare(`DROP ${type === "view" ? "VIEW" : "TABLE"} ${quote(name)}`));
  for (const table of snapshot.tables) statements.push(d1.prepare(table.create));
  for (const table of snapshot.tables) statements.push(...insertsOf(d1, table));
  for (const sql of snapshot.afterRows) statements.push(d1.prepare(sql));
  await d1.batch(statements);
}

function insertsOf(d1: D1Database, { name, columns, rows }: Table): D1PreparedStatement[] {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const into = `INSERT INTO ${quote(name)} (${columns.map(quote).join(", ")}) VALUES `;
  const one = `(${columns.map(() => "?").join(", ")})`;
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    statements.push(d1.prepare(into + chunk.map(() => one).join(", ")).bind(...chunk.flat()));
  }
  return statements;
}
