import { and, asc, eq, gte, lte, type SQL } from "drizzle-orm";
import { suggestions, units } from "../../schema/tables";
import { suggestionFigures, type DayRange, type SuggestionFigures } from "../../domain/registers";
import type { Db } from "../platform/db";

const columns = {
  id: suggestions.id,
  no: suggestions.no,
  issuedOn: suggestions.issuedOn,
  addresseeId: suggestions.addresseeId,
  addressee: units.name,
  subject: suggestions.subject,
  kind: suggestions.kind,
  replyDays: suggestions.replyDays,
  replyBy: suggestions.replyBy,
  repliedOn: suggestions.repliedOn,
  adoption: suggestions.adoption,
  reply: suggestions.reply,
  reason: suggestions.reason,
  version: suggestions.version,
};
export type SuggestionRecord = {
  id: number; no: string; issuedOn: string; addresseeId: number; addressee: string; subject: string; kind: string; replyDays: number; replyBy: string;
  repliedOn: string | null; adoption: string | null; reply: string | null; reason: string | null; version: number;
};

/**
 * 司法建议 by issue day, optionally of one addressee, issued within a range of days (`range`) and
 * with a reply limit within another (`replyBy`, as the assessment counts them).
 */
export async function listSuggestions(db: Db, where: { addresseeId?: number; range?: DayRange; replyBy?: DayRange } = {}): Promise<SuggestionRecord[]> {
  const c: SQL[] = [];
  if (where.addresseeId !== undefined) c.push(eq(suggestions.addresseeId, where.addresseeId));
  if (where.range) c.push(gte(suggestions.issuedOn, where.range.from), lte(suggestions.issuedOn, where.range.to));
  if (where.replyBy) c.push(gte(suggestions.replyBy, where.replyBy.from), lte(suggestions.replyBy, where.replyBy.to));
  return db.select(columns).from(suggestions).innerJoin(units, eq(units.id, suggestions.addresseeId)).where(c.length ? and(...c) : undefined).orderBy(asc(suggestions.issuedOn), asc(suggestions.id));
}

export async function findSuggestion(db: Db, id: number): Promise<SuggestionRecord | undefined> {
  const [row] = await db.select(columns).from(suggestions).innerJoin(units, eq(units.id, suggestions.addresseeId)).where(eq(suggestions.id, id));
  return row;
}

export async function findSuggestionByNo(db: Db, no: string): Promise<SuggestionRecord | undefined> {
  const [row] = await db.select(columns).from(suggestions).innerJoin(units, eq(units.id, suggestions.addresseeId)).where(eq(suggestions.no, no));
  return row;
}

/**
 * 司法建议 reply figures of every unit addressed in the range (issue day inclusive), judged on
 * `today`: reply rate, replies on time, adoption rate. The indicators the assessment can weigh
 * (definitions in docs/registers.md).
 */
export async function suggestionRepliesByUnit(db: Db, range: DayRange, today: string): Promise<(SuggestionFigures & { unit: string })[]> {
  const rows = await listSuggestions(db, { range });
  const names = new Map(rows.map((r) => [r.addresseeId, r.addressee]));
  return suggestionFigures(rows, today).map((f) => ({ ...f, unit: names.get(f.addresseeId)! }));
}
