import { sql } from "drizzle-orm";
import { cacheVersions } from "../../schema/tables";
import type { Db } from "./db";
import { bind, preparedReads, runRead } from "./prepared-read";

// Rows a worker keeps in memory between requests (per isolate) are kept with the version they were
// read under (schema/tables/cache-versions.ts: triggers give every write a fresh one), and used only
// while the stored version is unchanged, so the next request after a write always sees it. Every
// request reads every version once, in the same statement as its token check. A read (GET) uses
// them for all its loads; any other request reads a version when it loads the rows, so it sees its
// own writes too, unless its route says that all its loads come before its writes.

/** What is kept: the holiday calendar, the unit directory, the plan's tasks, the settings, the matters' answers. */
export type Kept = "calendar" | "directory" | "plan" | "settings" | "matters";

/** Every version as one JSON object (name → version), aggregated over cache_versions. */
const versionsObject = sql<string | null>`json_group_object(${cacheVersions.name}, ${cacheVersions.version})`;

/** The same object as a scalar subquery, to read beside other columns (the token check's). */
export const versionsColumn = sql<string | null>`(select ${versionsObject} from ${cacheVersions})`;

type Versions = Partial<Record<Kept, string>>;

/** The versions read with the token check that this request's loads use, by its db handle. */
const readWithToken = new WeakMap<Db, Versions>();
/** The same, read by a write request, held back as read (unparsed) until its route says they hold for its loads. */
const heldForWrite = new WeakMap<Db, string | null>();

const parsed = (versions: string | null): Versions => (versions ? (JSON.parse(versions) as Versions) : {});

/**
 * The versions the token check read: a read request's loads use them all along; a write's are held
 * back (see loadsPrecedeWrites).
 */
export function rememberVersions(db: Db, versions: string | null, request: "read" | "write"): void {
  if (request === "read") readWithToken.set(db, parsed(versions));
  else heldForWrite.set(db, versions);
}

/**
 * Said by a write route whose loads of kept rows all come before its first write (a submission
 * loads the directory, the plan and the settings, then writes reports, none of them kept): its
 * loads then use the versions read with its token check, one round trip to D1 fewer. A route that
 * loads after writing must not say it, or a load could miss the request's own write.
 */
export function loadsPrecedeWrites(db: Db): void {
  const held = heldForWrite.get(db);
  if (held !== undefined) readWithToken.set(db, parsed(held));
}

/** One read of every version, built once per isolate. */
const everyVersion = (db: Db) =>
  preparedReads("cache-versions:every", () => [
    db.select({ versions: sql<string | null>`${versionsObject}`.as("versions") }).from(cacheVersions),
  ] as const)[0];

/** Per request, the read of every version still to be sent, which calls made meanwhile share. */
const unsent = new WeakMap<Db, Promise<Versions>>();

/**
 * Every version, read by one statement for all the calls a request makes at once (its parallel
 * loads: directory, plan, settings …): the read is sent after the current turn of the event
 * loop, and only calls made before it was sent share it, so each caller still gets versions read
 * after it asked (never a read a write of its own request could have overtaken).
 */
function versionsNow(db: Db): Promise<Versions> {
  const waiting = unsent.get(db);
  if (waiting) return waiting;
  const read = Promise.resolve().then(async () => {
    unsent.delete(db);
    const [row] = await runRead(db, bind(everyVersion(db), {}));
    return parsed(row?.versions ?? null);
  });
  unsent.set(db, read);
  return read;
}

/** The version of `name` this request already read with its token, or one read now (null when none is stored). */
async function versionOf(db: Db, name: Kept): Promise<string | null> {
  const known = readWithToken.get(db)?.[name];
  if (known !== undefined) return known;
  return (await versionsNow(db))[name] ?? null;
}

const kept = new Map<Kept, { version: string; value: unknown }>();

/**
 * `load()`'s value, kept per isolate under the stored version of `name`: loaded again only when
 * the version changed. Plain objects and arrays of the value are frozen, as it is shared by
 * every request after (a caller that changed it would throw).
 */
export async function keptPerIsolate<T>(db: Db, name: Kept, load: () => Promise<T>): Promise<T> {
  const version = await versionOf(db, name);
  const have = kept.get(name);
  if (version !== null && have?.version === version) return have.value as T;
  const value = freezeDeep(await load());
  if (version !== null) kept.set(name, { version, value });
  return value;
}

/** UTF-8 bytes of a text, in an ArrayBuffer of their own (what TextEncoder gives; never shared memory). */
type Body = Uint8Array<ArrayBuffer>;

const keptBody = new Map<string, { versions: string; body: Body }>();

/**
 * Answers kept at most (the oldest used goes first), the longest one kept and all of them together,
 * in bytes of UTF-8 (16 MiB in all, well inside an isolate's 128 MB).
 */
export const KEPT_BODIES = 64;
export const KEPT_BODY_MAX_BYTES = 4_000_000;
export const KEPT_BODIES_TOTAL_BYTES = 16_000_000;
let keptBytes = 0;

function forgetBody(key: string): void {
  const have = keptBody.get(key);
  if (!have) return;
  keptBytes -= have.body.byteLength;
  keptBody.delete(key);
}

const utf8 = new TextEncoder();

/**
 * A response body (`build()`'s text, as UTF-8) kept per isolate under the stored versions of
 * everything it is made of (`of`), built again only when one of them changed: a read that hits it
 * does no query, no JSON building and no encoding (a Response made from a string encodes it anew
 * on every request; one made from bytes copies them). Nothing is kept while one of the versions is
 * not stored. At most KEPT_BODIES answers are kept, each at most KEPT_BODY_MAX_BYTES long (a whole
 * pull is built anew). The bytes are shared: a caller hands them to a Response and never changes them.
 */
export async function keptBodyPerIsolate(db: Db, key: string, of: readonly Kept[], build: () => Promise<string>): Promise<Body> {
  const versions = await Promise.all(of.map((name) => versionOf(db, name)));
  const stamp = versions.join("|");
  const have = keptBody.get(key);
  if (!versions.includes(null) && have?.versions === stamp) {
    // Used again: moved to the end, where the oldest-used-first eviction reaches it last.
    keptBody.delete(key);
    keptBody.set(key, have);
    return have.body;
  }
  const body = utf8.encode(await build()) as Body;
  forgetBody(key);
  if (versions.includes(null) || body.byteLength > KEPT_BODY_MAX_BYTES) return body;
  keptBody.set(key, { versions: stamp, body });
  keptBytes += body.byteLength;
  while (keptBody.size > KEPT_BODIES || keptBytes > KEPT_BODIES_TOTAL_BYTES) forgetBody(keptBody.keys().next().value!);
  return body;
}

function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  for (const v of Object.values(value)) freezeDeep(v);
  return Object.freeze(value);
}
