import { Column, fillPlaceholders, is, noopDecoder, SQL, type DriverValueDecoder } from "drizzle-orm";
import type { Db } from "./db";

/** A flat select built by drizzle (every field a column or an aliased SQL value), run as it is built. */
export interface FlatSelect extends PromiseLike<unknown> {
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * The fields a select was built with, as given (drizzle's `_.selectedFields`; its getSelectedFields()
 * wraps them in a proxy that refuses to hand out an unaliased SQL field).
 */
const fieldsOf = (select: FlatSelect) => (select as unknown as { _: { selectedFields: Record<string, unknown> } })._.selectedFields;

/**
 * Each field of a select in the order of its SQL columns: its key in the row, the name D1 answers
 * it under (null for unaliased SQL, which can only be read by position) and its decoder when it has
 * one of its own (timestamps, booleans, JSON …; the rest pass as stored).
 */
export type Plan = readonly { key: string; name: string | null; decode: ((stored: unknown) => unknown) | null }[];

export function planOf(select: FlatSelect): Plan {
  return Object.entries(fieldsOf(select)).map(([key, field]) => {
    if (is(field, Column)) {
      const decodes = !Object.is(Reflect.get(field, "mapFromDriverValue"), Reflect.get(Column.prototype, "mapFromDriverValue"));
      return { key, name: field.name, decode: decodes ? (v: unknown) => field.mapFromDriverValue(v) : null };
    }
    const aliased = is(field, SQL.Aliased) ? field : null;
    const value = aliased ? aliased.sql : field;
    if (!is(value, SQL)) throw new Error(`prepared read: field ${key} is neither a column nor SQL`);
    // What `sql<T>`…`.mapWith(…)` set (drizzle keeps it on the SQL without declaring it).
    const decoder = Reflect.get(value, "decoder") as DriverValueDecoder<unknown, unknown>;
    return { key, name: aliased?.fieldAlias ?? null, decode: decoder === noopDecoder ? null : (v: unknown) => decoder.mapFromDriverValue(v) };
  });
}

/** Rows answered as arrays (D1's `raw()`), decoded by position: two fields of one name cannot collide. */
export function decodeByPosition(plan: Plan, rows: readonly unknown[][]): Record<string, unknown>[] {
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (let f = 0; f < plan.length; f++) {
      const { key, decode } = plan[f]!;
      const v = row[f] ?? null;
      o[key] = v === null || !decode ? v : decode(v);
    }
    return o;
  });
}

/**
 * A select whose SQL drizzle built once, with named placeholders (`sql.placeholder`) where each
 * request's values go. Building a query (drizzle walks every chunk of it and checks each one's
 * kind) cost about as much of a short read's time in the worker as D1's own answer did; a read
 * made on every request is built once per isolate instead, and each request only binds values.
 */
export interface PreparedRead<R> {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly plan: Plan;
  /** Only the type of the rows it answers; never set. */
  readonly rows?: R;
}

/** A prepared read with this request's values filled in: what readBatch and runRead run. */
export interface BoundRead<R> {
  readonly prepared: PreparedRead<R>;
  readonly params: unknown[];
}

type Rows<Q> = Q extends PromiseLike<infer R> ? R : never;

const preparedByKey = new Map<string, readonly PreparedRead<unknown>[]>();

/**
 * The selects `build()` makes, built once per isolate under `key` (unique per query and per shape
 * of its filters: the key must name everything that changes the SQL, the values never do).
 */
export function preparedReads<const Q extends readonly FlatSelect[]>(key: string, build: () => Q): { [K in keyof Q]: PreparedRead<Rows<Q[K]>> } {
  let reads = preparedByKey.get(key);
  if (!reads) {
    reads = build().map((select) => ({ ...select.toSQL(), plan: planOf(select) }));
    preparedByKey.set(key, reads);
  }
  return reads as { [K in keyof Q]: PreparedRead<Rows<Q[K]>> };
}

/** `read` with the values of its placeholders (each placeholder's column encodes its value, as drizzle does). */
export function bind<R>(read: PreparedRead<R>, values: Record<string, unknown>): BoundRead<R> {
  return { prepared: read, params: fillPlaceholders(read.params as unknown[], values) };
}

/** Every read of `reads` with the same values (each uses the placeholders it has). */
export function bindAll<const P extends readonly PreparedRead<unknown>[]>(reads: P, values: Record<string, unknown>): { [K in keyof P]: P[K] extends PreparedRead<infer R> ? BoundRead<R> : never } {
  return reads.map((read) => bind(read, values)) as { [K in keyof P]: P[K] extends PreparedRead<infer R> ? BoundRead<R> : never };
}

/** One bound read on its own (not in a batch), answered as arrays and decoded by position. */
export async function runRead<R>(db: Db, read: BoundRead<R>): Promise<R> {
  const rows = await db.$client.prepare(read.prepared.sql).bind(...read.params).raw<unknown[]>();
  return decodeByPosition(read.prepared.plan, rows) as R;
}
