import type { z } from "zod";

/** zod's type names in the words a clerk reads (its zh-CN locale leaves `string`, `object` in English). */
const TYPE_WORDS: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "是或否（true / false）",
  object: "对象（{…}）",
  array: "列表（[…]）",
  null: "空值（null）",
  date: "日期",
  nan: "非数字",
};

const kindOf = (input: unknown): string => (input === null ? "null" : Array.isArray(input) ? "array" : typeof input);
const word = (type: string) => TYPE_WORDS[type] ?? "其他类型";

/** A bound in words, by what it bounds: characters of a text, items of a list, the value of a number. */
function bound(origin: string, limit: string, atLeast: boolean, inclusive: boolean): string {
  const strict = inclusive ? "" : "（不含）";
  if (origin === "string") return atLeast ? `至少 ${limit} 个字${strict}` : `不超过 ${limit} 个字${strict}`;
  if (origin === "array" || origin === "set") return atLeast ? `至少 ${limit} 项${strict}` : `不超过 ${limit} 项${strict}`;
  return atLeast ? `应不小于 ${limit}${strict}` : `应不大于 ${limit}${strict}`;
}

/**
 * The message of an issue its schema gives no words of its own (a field's own message always
 * wins), where zod's zh-CN locale would show English or a formula: a wrong type names both types
 * (应为文本，收到的是数字), a length or size names its bound (至少 1 个字, 不超过 500 项, 应不大于 100),
 * a text that does not match its pattern says so without the pattern. Other issues keep the
 * locale's message.
 */
export const inChineseWords = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case "invalid_type": {
      const expected = word(String(issue.expected));
      return issue.input === undefined ? `缺少此项（应为${expected}）` : `应为${expected}，收到的是${word(kindOf(issue.input))}`;
    }
    case "too_small":
      return bound(String(issue.origin), String(issue.minimum), true, issue.inclusive !== false);
    case "too_big":
      return bound(String(issue.origin), String(issue.maximum), false, issue.inclusive !== false);
    case "invalid_format":
      return issue.format === "regex" ? "格式不正确" : undefined;
    default:
      return undefined;
  }
};
