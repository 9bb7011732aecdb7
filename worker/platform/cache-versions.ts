import { eq, sql } from "drizzle-orm";
import { cacheVersions } from "../../schema/tables";
import type { Db } from "./db";

// Rows a worker keeps in memory between requests (per isolate) are kept with the version they were
// read under (schema/tables/cache-versions.ts: triggers give every write a fresh one). A request
// reads the version first, in the same statement as its token check, and uses the kept rows only
// when the version is unchanged, so the next request after a write always sees it.

/** The calendar's current version as a scalar subquery, to read beside other columns. */
export const calendarVersionColumn = sql<string | null>`(select ${cacheVersions.version} from ${cacheVersions} where ${cacheVersions.name} = 'calendar')`;

/** The calendar version each request read with its token check, by the request's db handle. */
const readWithToken = new WeakMap<Db, string | null>();

export function rememberCalendarVersion(db: Db, version: string | null): void {
  readWithToken.set(db, version);
}

/** The calendar version this request already read, or one read now (null when none is stored). */
export async function calendarVersion(db: Db): Promise<string | null> {
  if (readWithToken.has(db)) return readWithToken.get(db)!;
  const [row] = await db.select({ version: cacheVersions.version }).from(cacheVersions).where(eq(cacheVersions.name, "calendar"));
  return row?.version ?? null;
}
