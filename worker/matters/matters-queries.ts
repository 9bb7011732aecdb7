import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { matterExtensions, matterReviews, matters, matterUnits, meetingDecisions, meetings, units } from "../../schema/tables";
import type { Matter, MatterExtension, MatterReview } from "../../schema/tables";
import { inLists } from "../platform/batch";
import { readBatch } from "../platform/read-batch";
import { bindAll, preparedReads } from "../platform/prepared-read";
import type { Db } from "../platform/db";

/** A matter as stored, with the names of its units, its extensions and its co-units' notes. */
export interface MatterRecord extends Matter {
  lead: string;
  /** Co-units in the plan's unit order, with their notes. */
  coUnits: { unitId: number; name: string; contribution: string | null; contributedAt: Date | null }[];
  extensions: MatterExtension[];
  /** The office's reviews of its settlements, oldest first. */
  reviews: MatterReview[];
  /** The meeting decision it was turned from (会议决定转督办), or null. */
  decision: { meeting: number; minutesNo: string; no: number } | null;
}

export interface MatterFilter {
  /** Matters where this unit is lead or co-unit. */
  unitId?: number;
  status?: string;
  task?: number;
  source?: string;
  from?: string;
  to?: string;
  /** Keyset position: only matters after this one in the list order (assigned desc, id desc). */
  after?: { assigned: string; id: number };
  limit?: number;
}

/** The filter's values by the names of the placeholders the list's SQL has for them. */
function filterValues(f: MatterFilter): Record<string, unknown> {
  return { unitId: f.unitId, status: f.status, task: f.task, source: f.source, from: f.from, to: f.to, afterAssigned: f.after?.assigned, afterId: f.after?.id, limit: f.limit };
}

/**
 * The list's five reads for the filters present in `f`, with a placeholder for each value: the SQL
 * depends only on which filters are present (at most 2^8 shapes, each built once per isolate).
 */
function listReads(db: Db, f: MatterFilter) {
  const p = (name: string) => sql.placeholder(name);
  const where: SQL[] = [];
  if (f.unitId !== undefined) where.push(inArray(matters.id, db.select({ id: matterUnits.matterId }).from(matterUnits).where(eq(matterUnits.unitId, p("unitId")))));
  if (f.status !== undefined) where.push(eq(matters.status, p("status")));
  if (f.task !== undefined) where.push(eq(matters.taskNo, p("task")));
  if (f.source !== undefined) where.push(eq(matters.source, p("source")));
  if (f.from !== undefined) where.push(gte(matters.assigned, p("from")));
  if (f.to !== undefined) where.push(lte(matters.assigned, p("to")));
  if (f.after !== undefined) {
    where.push(or(lt(matters.assigned, p("afterAssigned")), and(eq(matters.assigned, p("afterAssigned")), lt(matters.id, p("afterId"))))!);
  }
  const order = [desc(matters.assigned), desc(matters.id)] as const;
  const listed = db.select().from(matters).where(and(...where)).orderBy(...order);
  const ids = db.select({ id: matters.id }).from(matters).where(and(...where));
  // The matters and all their details in one batch of five reads (one snapshot of the database),
  // the details chosen by the same filter as a subquery rather than by lists of ids: no statement
  // per 100 matters, and no bound parameter per matter.
  const within = f.limit !== undefined ? ids.orderBy(...order).limit(p("limit")) : ids;
  return [f.limit !== undefined ? listed.limit(p("limit")) : listed, ...detailReads(db, within)] as const;
}

/** Which filters are present: the shape the list's SQL is built and kept for. */
const shapeOf = (f: MatterFilter) =>
  Object.entries(filterValues(f))
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .join(",");

/** Matters matching the filter, newest first (assigned desc, id desc), with their details. */
export async function listMatters(db: Db, f: MatterFilter): Promise<MatterRecord[]> {
  const reads = preparedReads(`matters:list:${shapeOf(f)}`, () => listReads(db, f));
  // Decoded by readBatch rather than drizzle's batch: a pull of every matter is tens of thousands of rows.
  const [rows, ...details] = await readBatch(db, bindAll(reads, filterValues(f)));
  return shape(rows, details);
}

/** One matter with its details, or null. */
export async function findMatter(db: Db, id: number): Promise<MatterRecord | null> {
  const rows = await db.select().from(matters).where(eq(matters.id, id));
  const [record] = await withDetails(db, rows);
  return record ?? null;
}

/** Every open matter, for the daily reminder job. */
export async function openMatters(db: Db): Promise<Matter[]> {
  return db.select().from(matters).where(eq(matters.status, "办理中")).orderBy(asc(matters.id));
}

/** Statements per D1 batch when details are read for many matters (each reads 100 ids). */
const DETAIL_READS_PER_BATCH = 60;
/** Reads per list of ids: units, extensions, reviews, the meeting decision it came from. */
const READS_PER_LIST = 4;

/** `rows` grouped by `key`, each group in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function withDetails(db: Db, rows: Matter[]): Promise<MatterRecord[]> {
  if (rows.length === 0) return [];
  // D1 binds at most 100 parameters per statement: 100 ids per read, many reads per batch, the
  // batches at once; then each matter finds its details by id instead of scanning every list.
  const idLists = inLists(rows.map((r) => r.id));
  const groups: number[][][] = [];
  for (let i = 0; i < idLists.length; i += DETAIL_READS_PER_BATCH / READS_PER_LIST) groups.push(idLists.slice(i, i + DETAIL_READS_PER_BATCH / READS_PER_LIST));
  const parts = (await Promise.all(groups.map((lists) => detailsOf(db, lists)))).flat();
  return shape(rows, [parts.flatMap((p) => p.units), parts.flatMap((p) => p.extensions), parts.flatMap((p) => p.reviews), parts.flatMap((p) => p.decisions)]);
}

type Details = [DetailRows<0>, DetailRows<1>, DetailRows<2>, DetailRows<3>];
type DetailRows<K extends 0 | 1 | 2 | 3> = Awaited<ReturnType<typeof detailReads>[K]>;

/** Each matter with its details, found by id in maps built once (not by scanning every list per matter). */
function shape(rows: Matter[], [unitRows, extensionRows, reviewRows, decisionRows]: Details): MatterRecord[] {
  const unitsOf = groupBy(unitRows, (u) => u.matterId);
  const extensionsOf = groupBy(extensionRows, (e) => e.matterId);
  const reviewsOf = groupBy(reviewRows, (r) => r.matterId);
  const decisionsOf = groupBy(decisionRows, (d) => d.matterId ?? 0);
  return rows.map((m) => {
    const mine = unitsOf.get(m.id) ?? [];
    let lead = "";
    const coUnits: MatterRecord["coUnits"] = [];
    for (const u of mine) {
      if (u.role === "lead") lead ||= u.name;
      else if (u.role === "co") coUnits.push({ unitId: u.unitId, name: u.name, contribution: u.contribution, contributedAt: u.contributedAt });
    }
    // The details set on the decoded row itself, field by field: an Object.assign of a fresh object
    // per matter was a tenth of a whole pull's worker CPU (profiled, 25,000 matters).
    const record = m as MatterRecord;
    record.lead = lead;
    record.coUnits = coUnits;
    record.extensions = extensionsOf.get(m.id) ?? [];
    record.reviews = reviewsOf.get(m.id) ?? [];
    record.decision = decisionOf(decisionsOf.get(m.id)?.[0]);
    return record;
  });
}

/** The links, extensions and reviews of the matters of each id list, in one batch. */
async function detailsOf(db: Db, idLists: number[][]) {
  const reads = idLists.flatMap((ids) => detailReads(db, ids));
  const results = await db.batch(reads as [(typeof reads)[number], ...typeof reads]);
  const at = (i: number, k: number) => results[READS_PER_LIST * i + k];
  return idLists.map((_, i) => ({
    units: at(i, 0) as Awaited<ReturnType<typeof detailReads>[0]>,
    extensions: at(i, 1) as Awaited<ReturnType<typeof detailReads>[1]>,
    reviews: at(i, 2) as Awaited<ReturnType<typeof detailReads>[2]>,
    decisions: at(i, 3) as Awaited<ReturnType<typeof detailReads>[3]>,
  }));
}

/** The four detail reads of the matters whose ids are `ids` (a list, or a subquery of matter ids). */
function detailReads(db: Db, ids: number[] | SQLWrapper) {
  return [
    db
      .select({
        matterId: matterUnits.matterId,
        unitId: matterUnits.unitId,
        role: matterUnits.role,
        name: units.name,
        contribution: matterUnits.contribution,
        contributedAt: matterUnits.contributedAt,
      })
      .from(matterUnits)
      .innerJoin(units, eq(units.id, matterUnits.unitId))
      .where(inArray(matterUnits.matterId, ids))
      .orderBy(asc(matterUnits.matterId), asc(units.sortOrder), asc(units.id)),
    db.select().from(matterExtensions).where(inArray(matterExtensions.matterId, ids)).orderBy(asc(matterExtensions.id)),
    db.select().from(matterReviews).where(inArray(matterReviews.matterId, ids)).orderBy(asc(matterReviews.id)),
    db
      .select({ matterId: meetingDecisions.matterId, meeting: meetingDecisions.meetingId, minutesNo: meetings.minutesNo, no: meetingDecisions.no })
      .from(meetingDecisions)
      .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
      .where(inArray(meetingDecisions.matterId, ids)),
  ] as const;
}

function decisionOf(d: { meeting: number; minutesNo: string | null; no: number } | undefined): MatterRecord["decision"] {
  return d ? { meeting: d.meeting, minutesNo: d.minutesNo ?? "", no: d.no } : null;
}
