import { z } from "@hono/zod-openapi";
import { isValidIsoDate } from "../iso-date";

// Schemas several contracts share. Each use keeps its own wording, so the messages are arguments.
// Input rules every route inherits (README, "What we promise"):
// - a date lies in DATE_MIN..DATE_MAX; a year in YEAR_MIN..YEAR_MAX;
// - text is stored exactly as sent or refused, never trimmed or repaired (see `lineText`, `longText`);
// - an integer in a path or query is plain digits (see `intParam`).

/** Lowest and highest year the ledger accepts (calendar, assessment, summary). */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** The first and last day the ledger accepts as input (`YYYY-MM-DD` compares as text). */
export const DATE_MIN = `${YEAR_MIN}-01-01`;
export const DATE_MAX = `${YEAR_MAX}-12-31`;
const dateRange = `日期应在 ${DATE_MIN} 至 ${DATE_MAX} 之间`;

/**
 * A calendar day `YYYY-MM-DD` that exists (2026-02-30 is refused) and lies in DATE_MIN..DATE_MAX.
 * - `missing`: when the value is absent or not text (zod's default message when omitted)
 * - `format`: when given, a separate message for text not shaped `YYYY-MM-DD`
 * - `invalid`: a day that does not exist (and, without `format`, any malformed text)
 */
export function isoDateSchema(messages: { missing?: string; format?: string; invalid: string }, example = "2026-03-02") {
  const text = messages.missing === undefined ? z.string() : z.string({ error: messages.missing });
  const shaped = messages.format === undefined ? text : text.regex(/^\d{4}-\d{2}-\d{2}$/, messages.format);
  return shaped
    .refine(isValidIsoDate, { message: messages.invalid, abort: true })
    .refine((s) => s >= DATE_MIN && s <= DATE_MAX, dateRange)
    .openapi({ example, description: `${DATE_MIN}..${DATE_MAX}` });
}

/** Plain decimal digits, no sign, no spaces, no exponent or hex: how an integer is written in a URL. */
const DIGITS = /^[0-9]+$/;
/** More digits than any accepted bound has: refused as too large before it is read as a number. */
const MAX_DIGITS = 15;

/**
 * An integer path or query parameter written as plain digits (`0x1`, `1e0`, `+1`, ` 1` are refused
 * with 422 naming the parameter, for path ids too), between `min` and `max`.
 */
export function intParam(name: string, word: string, min: number, max: number) {
  return z
    .string({ error: `${word} ${name} 应为整数` })
    // Digits first, and only then the length: 99999999999999999999 is too large, not "not digits".
    .regex(DIGITS, { error: `${word} ${name} 应为整数，只能由数字组成`, abort: true })
    .max(MAX_DIGITS, `${word} ${name} 不超过 ${max}`)
    .pipe(z.coerce.number<string>().int().min(min, `${word} ${name} 至少为 ${min}`).max(max, `${word} ${name} 不超过 ${max}`));
}

/** Largest id or row number accepted in a path or query. */
export const ID_MAX = 2_147_483_647;

/**
 * A year between YEAR_MIN and YEAR_MAX, written as four digits (a path or query parameter).
 * `word` is how the route names it (年度 / 年份); `notNumber` is the message for text that is no year.
 */
export function yearSchema(word: string, notNumber: string, where: "path" | "query") {
  const range = `${word}应在 ${YEAR_MIN}–${YEAR_MAX} 之间`;
  const year = z
    .string({ error: notNumber })
    .regex(/^[0-9]{4}$/, notNumber)
    .pipe(z.coerce.number<string>().int().min(YEAR_MIN, range).max(YEAR_MAX, range));
  return year.openapi(where === "path" ? { param: { name: "year", in: "path" }, example: "2026" } : { example: "2026" });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** ES2024's String.prototype.isWellFormed (workerd, Node 22), else null (an older Office web view). */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed ?? null;

/** True when every surrogate is paired: the text can be stored as UTF-8 without being altered. */
export function isWellFormed(s: string): boolean {
  // The native check where the runtime has it: every text cell of a 5,000-row submission is checked.
  return nativeIsWellFormed ? nativeIsWellFormed.call(s) : !LONE_SURROGATE.test(s);
}

/**
 * True when the text holds a control character (C0, DEL, C1); with `oneLine`, tabs, line breaks
 * and the Unicode line and paragraph separators count too, else those are allowed.
 */
function hasControl(s: string, oneLine: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const breakOrTab = c === 0x09 || c === 0x0a || c === 0x0d;
    if ((c < 0x20 && (oneLine || !breakOrTab)) || (c >= 0x7f && c <= 0x9f) || (oneLine && (c === 0x2028 || c === 0x2029))) return true;
  }
  return false;
}
const MALFORMED = "含有无法保存的字符（不成对的代理码元），请重新输入";

type TextOptions = { max: number; required?: string };

/**
 * A name or title: one line, no control characters, no leading or trailing blanks (refused,
 * never trimmed), no lone surrogates. What passes is stored byte for byte.
 */
export function lineText({ max, required }: TextOptions) {
  let s = z.string({ error: "应为文本" });
  if (required !== undefined) s = s.min(1, required);
  return s
    .max(max, `不超过${max}字`)
    .refine(isWellFormed, { message: MALFORMED, abort: true })
    .refine((v) => !hasControl(v, true), { message: "只能写一行，不能含换行、制表符等控制字符", abort: true })
    .refine((v) => v === v.trim(), "首尾不能有空格或空白字符，请删去后重试");
}

/**
 * A long text (results, progress, reasons): line breaks and tabs allowed and kept, leading blanks
 * kept as typed; other control characters and lone surrogates refused. With `required`, text that
 * is only blanks is refused (but never trimmed).
 */
export function longText({ max, required }: TextOptions) {
  let s = z.string({ error: "应为文本" }).max(max, `不超过${max}字`);
  if (required !== undefined) s = s.min(1, required);
  const checked = s
    .refine(isWellFormed, { message: MALFORMED, abort: true })
    .refine((v) => !hasControl(v, false), "不能含控制字符");
  return required === undefined ? checked : checked.refine((v) => v.trim() !== "", required);
}
