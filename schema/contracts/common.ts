import { z } from "@hono/zod-openapi";
import { isValidIsoDate } from "../iso-date";

// Schemas several contracts share. Each use keeps its own wording, so the messages are arguments.

/** Lowest and highest year the ledger accepts (calendar, assessment, summary). */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/**
 * A calendar day `YYYY-MM-DD` that exists (2026-02-30 is refused).
 * - `missing`: when the value is absent or not text (zod's default message when omitted)
 * - `format`: when given, a separate message for text not shaped `YYYY-MM-DD`
 * - `invalid`: a day that does not exist (and, without `format`, any malformed text)
 */
export function isoDateSchema(messages: { missing?: string; format?: string; invalid: string }, example = "2026-03-02") {
  const text = messages.missing === undefined ? z.string() : z.string({ error: messages.missing });
  const shaped = messages.format === undefined ? text : text.regex(/^\d{4}-\d{2}-\d{2}$/, messages.format);
  return shaped.refine(isValidIsoDate, messages.invalid).openapi({ example });
}

/**
 * A year between YEAR_MIN and YEAR_MAX, coerced from text (a path or query parameter).
 * `word` is how the route names it (年度 / 年份); `notNumber` is the message for text that is no number.
 */
export function yearSchema(word: string, notNumber: string, where: "path" | "query") {
  const range = `${word}应在 ${YEAR_MIN}–${YEAR_MAX} 之间`;
  const year = z.coerce.number({ error: notNumber }).int(`${word}应为整数`).min(YEAR_MIN, range).max(YEAR_MAX, range);
  return year.openapi(where === "path" ? { param: { name: "year", in: "path" }, example: 2026 } : { example: 2026 });
}
