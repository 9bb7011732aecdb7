import type { BodyBlock } from "./official-document";

/** A notice's text cut into its parts: title, 主送, body blocks, issuer and date. */
export interface NoticeParts {
  title: string;
  to: string;
  body: BodyBlock[];
  signature: string;
  date: string;
}

/**
 * Reads a notice written as the draft is (domain/assessment/draft-notice.ts) and as the office
 * edits it: the first line the title, the first line after it ending in “：” the main recipients,
 * the last two lines the issuing office and the date, and every line between a paragraph
 * (一、 … a heading in 黑体, （一） … in 楷体). Blank lines and the leading full-width indent are
 * layout only; null when the text has too few lines to hold those parts.
 */
export function noticeParts(text: string): NoticeParts | null {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^[\s\u3000]+/, "").trimEnd()).filter((l) => l !== "");
  if (lines.length < 4) return null;
  const [title, ...rest] = lines;
  const toAt = rest.findIndex((l) => l.endsWith("：") || l.endsWith(":"));
  if (toAt < 0 || toAt > rest.length - 3) return null;
  const to = rest[toAt]!.replace(/[：:]$/, "");
  const body = rest.slice(toAt + 1, -2).map((t): BodyBlock => ({ kind: /^[一二三四五六七八九十]+、/.test(t) ? "h1" : /^（[一二三四五六七八九十]+）/.test(t) && t.length < 30 ? "h2" : "p", text: t }));
  return { title: title!, to, body, signature: rest[rest.length - 2]!, date: rest[rest.length - 1]! };
}
