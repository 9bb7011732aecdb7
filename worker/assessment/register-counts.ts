import type { Count } from "../../domain/assessment";
import { suggestionFigures } from "../../domain/registers";
import type { Db } from "../platform/db";
import { appearanceByUnit } from "../hearings/hearings-queries";
import { listSuggestions } from "../suggestions/suggestions-queries";
import { daysSoFar } from "./mechanism-counts";

type Year = { year: number; today: string; start: string };

/**
 * 行政机关负责人出庭率 per agency: of its hearings held from the year's start up to today where
 * its head was required to appear, those where 负责人 or 副职负责人 appeared (the register's
 * `appearanceByUnit`, one query).
 */
export async function countAppearances(db: Db, y: Year): Promise<Map<number, Count>> {
  const days = daysSoFar(y);
  if (!days) return new Map();
  const figures = await appearanceByUnit(db, days);
  return new Map(figures.filter((f) => f.required > 0).map((f) => [f.agencyId, { numerator: f.appeared, denominator: f.required }]));
}

/**
 * 司法建议按期回复率 per addressee: the suggestions whose reply limit falls in Y from its start,
 * judged on today as the register judges them (`suggestionFigures`: replied, or the limit passed
 * without a reply); the numerator counts those replied on or before the limit. One query.
 */
export async function countSuggestionReplies(db: Db, y: Year): Promise<Map<number, Count>> {
  const last = `${y.year}-12-31`;
  if (y.start > last) return new Map();
  const rows = await listSuggestions(db, { replyBy: { from: y.start, to: last } });
  const figures = suggestionFigures(rows, y.today);
  return new Map(figures.filter((f) => f.due > 0).map((f) => [f.addresseeId, { numerator: f.onTime, denominator: f.due }]));
}
