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

/**
 * The message of a wrong-type value that its schema gives no words of its own (a field's own
 * message always wins): what was expected and what came, both in Chinese, e.g. 应为文本，收到的是数字.
 * Other issues keep the zh-CN locale's message.
 */
export const typeInWords = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code !== "invalid_type") return undefined;
  const expected = word(String(issue.expected));
  return issue.input === undefined ? `缺少此项（应为${expected}）` : `应为${expected}，收到的是${word(kindOf(issue.input))}`;
};
