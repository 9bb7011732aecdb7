import { Column, is } from "drizzle-orm";
import type { Db } from "./db";

/** A flat select built by drizzle (every field a column, no nested objects), run as it is built. */
interface FlatSelect extends PromiseLike<unknown> {
  toSQL(): { sql: string; params: unknown[] };
}

/** The fields a select was built with (drizzle has them on every select; its types leave the method out). */
const fieldsOf = (select: FlatSelect) => (select as unknown as { getSelectedFields(): Record<string, unknown> }).getSelectedFields();

type Rows<Q> = Q extends PromiseLike<infer R> ? R : never;

/** Each field of a select: its key, the column name D1 answers it under, and the column to decode it. */
type Plan = { key: string; name: string; column: Column }[];

function planOf(select: FlatSelect): Plan {
  const plan: Plan = [];
  const names = new Set<string>();
  for (const [key, field] of Object.entries(fieldsOf(select))) {
    if (!is(field, Column)) throw new Error(`readBatch: field ${key} is not a column`);
    // D1 names each result column by its bare name, so two fields of one name would overwrite each other.
    if (names.has(field.name)) throw new Error(`readBatch: two fields named ${field.name}`);
    names.add(field.name);
    plan.push({ key, name: field.name, column: field });
  }
  return plan;
}

/** Only columns that decode what D1 stores (timestamps, booleans, JSON …) are decoded; the rest pass as stored. */
const decodes = (c: Column) => !Object.is(Reflect.get(c, "mapFromDriverValue"), Reflect.get(Column.prototype, "mapFromDriverValue"));

function decodeAll(plan: Plan, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(rows.length);
  const decoded = plan.map((p) => decodes(p.column));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const o: Record<string, unknown> = {};
    for (let f = 0; f < plan.length; f++) {
      const { key, name, column } = plan[f]!;
      const v = row[name] ?? null;
      o[key] = v === null || !decoded[f] ? v : column.mapFromDriverValue(v);
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
export async function readBatch<const Q extends readonly FlatSelect[]>(db: Db, selects: Q): Promise<{ [K in keyof Q]: Rows<Q[K]> }> {
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
export async function writeThenRead<const Q extends readonly FlatSelect[]>(db: Db, writes: readonly unknown[], selects: Q): Promise<{ [K in keyof Q]: Rows<Q[K]> }> {
  const plans = selects.map(planOf);
  const built = [
    ...writes.map((w) => {
      const item = w as BuiltWrite;
      return item.toSQL ? item.toSQL() : item.getQuery!();
    }),
    ...selects.map((s) => s.toSQL()),
  ];
  const statements = built.map((q) => db.$client.prepare(q.sql).bind(...q.params));
  if (statements.length === 0) return [] as unknown as { [K in keyof Q]: Rows<Q[K]> };
  const results = await db.$client.batch<Record<string, unknown>>(statements);
  return results.slice(writes.length).map((r, i) => decodeAll(plans[i]!, r.results)) as { [K in keyof Q]: Rows<Q[K]> };
}
