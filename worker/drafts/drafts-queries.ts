import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { drafts, people, units } from "../../schema/tables";
import type { DraftWire } from "../../schema/contracts/drafts";
import type { DraftKind, DraftStatus } from "../../schema/values";
import type { Db } from "../platform/db";

const author = alias(people, "author");
const submitter = alias(people, "submitter");

const columns = {
  id: drafts.id,
  unitId: drafts.unitId,
  unit: units.name,
  kind: drafts.kind,
  matter: drafts.matterId,
  body: drafts.body,
  authorId: drafts.authorId,
  author: author.name,
  status: drafts.status,
  submittedOn: drafts.submittedOn,
  submittedBy: submitter.name,
  version: drafts.version,
  createdAt: drafts.createdAt,
};

export type DraftRecord = Awaited<ReturnType<typeof selectDrafts>>[number];

function selectDrafts(db: Db, where: SQL | undefined) {
  return db
    .select(columns)
    .from(drafts)
    .innerJoin(units, eq(units.id, drafts.unitId))
    .leftJoin(author, eq(author.id, drafts.authorId))
    .leftJoin(submitter, eq(submitter.id, drafts.submittedBy))
    .where(where)
    .orderBy(desc(drafts.id));
}

/** Drafts newest first: a unit's own (when `unitId` is given) or every unit's. */
export function listDrafts(db: Db, where: { unitId?: number; status?: DraftStatus }) {
  const c: SQL[] = [];
  if (where.unitId !== undefined) c.push(eq(drafts.unitId, where.unitId));
  if (where.status !== undefined) c.push(eq(drafts.status, where.status));
  return selectDrafts(db, c.length ? and(...c) : undefined);
}

export async function findDraft(db: Db, id: number): Promise<DraftRecord | undefined> {
  const [row] = await selectDrafts(db, eq(drafts.id, id));
  return row;
}

export const draftToWire = (d: DraftRecord): DraftWire => ({
  id: d.id,
  unit: d.unit,
  kind: d.kind as DraftKind,
  matter: d.matter,
  body: d.body as Record<string, unknown>,
  author: d.author,
  authorId: d.authorId,
  status: d.status as DraftStatus,
  submittedOn: d.submittedOn,
  submittedBy: d.submittedBy,
  version: d.version,
  createdAt: d.createdAt.getTime(),
});
