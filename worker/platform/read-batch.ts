import type { Db } from "./db";
import { planOf, type BoundRead, type FlatSelect, type Plan } from "./prepared-read";

/** A select readBatch runs: one drizzle builds now, or one prepared once per isolate and bound now. */
type Read = FlatSelect | BoundRead<unknown>;
type Rows<Q> = Q extends BoundRead<infer R> ? R : Q extends PromiseLike<infer R> ? R : never;

const isBound = (read: Read): read is BoundRead<unknown> => "prepared" in read;

/** D1 names each result column of a batch by its bare name: fields are decoded by that name. */
function byName(plan: Plan): Plan {
  const names = new Set<string>();
  for (const { key, name } of plan) {
    if (name === null) throw new Error(`readBatch: field ${key} has no name (alias its SQL)`);
    // Two fields of one name would overwrite each other in D1's answer.
    if (names.has(name)) throw new Error(`readBatch: two fields named ${name}`);
    names.add(name);
  }
  return plan;
}

function decodeAll(plan: Plan, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const o: Record<string, unknown> = {};
    for (let f = 0; f < plan.length; f++) {
      const { key, name, decode } = plan[f]!;
      const v = row[name!] ?? null;
      o[key] = v === null || !decode ? v : decode(v);
    }
    out[i] = o;
  }
  return out;
}

/**
 * Flat selects built by drizzle run as one D1 batch (one snapshot of the database), each row
 * decoded straight from D1's answer with a plan made once per select: what drizzle's own batch
 * returns, without its per-cell work (D1's rows turned into arrays, then every cell's field
 * checked for its kind before decoding), which dominates a read of tens of thousands of rows.
 */
export async function readBatch<const Q extends readonly Read[]>(db: Db, selects: Q): Promise<{ [K in keyof Q]: Rows<Q[K]> }> {
  return writeThenRead(db, [], selects);
}

/** A write built by drizzle (`db.run(sql…)`, an insert, an update …), run as it is built. */
interface BuiltWrite {
  toSQL?: () => { sql: string; params: unknown[] };
  getQuery?: () => { sql: string; params: unknown[] };
}

/**
 * Writes, then flat selects, in one D1 batch: atomic, so a refused write leaves nothing written
 * and nothing is read, and the selects see exactly what the writes left, in the same round trip
 * (a submission's stored rows read back without a second one). The selects' rows are decoded as
 * readBatch decodes them.
 */
export async function writeThenRead<const Q extends readonly Read[]>(db: Db, writes: readonly unknown[], selects: Q): Promise<{ [K in keyof Q]: Rows<Q[K]> }> {
  const plans = selects.map((s) => byName(isBound(s) ? s.prepared.plan : planOf(s)));
  const built = [
    ...writes.map((w) => {
      const item = w as BuiltWrite;
      return item.toSQL ? item.toSQL() : item.getQuery!();
    }),
    ...selects.map((s) => (isBound(s) ? { sql: s.prepared.sql, params: s.params } : s.toSQL())),
  ];
  const statements = built.map((q) => db.$client.prepare(q.sql).bind(...q.params));
  if (statements.length === 0) return [] as unknown as { [K in keyof Q]: Rows<Q[K]> };
  const results = await db.$client.batch<Record<string, unknown>>(statements);
  return results.slice(writes.length).map((r, i) => decodeAll(plans[i]!, r.results)) as { [K in keyof Q]: Rows<Q[K]> };
}
