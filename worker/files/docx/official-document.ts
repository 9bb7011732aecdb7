import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/**
 * Fonts as GB/T 9704 names them, each with the font Word and WPS take where it is missing
 * (a run names its East Asian font first; `hint` keeps CJK text on it).
 */
const FONTS = {
  title: { eastAsia: "方正小标宋简体", ascii: "Times New Roman", hAnsi: "Times New Roman", hint: "eastAsia" },
  body: { eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman", hint: "eastAsia" },
  heading: { eastAsia: "黑体", ascii: "Times New Roman", hAnsi: "Times New Roman", hint: "eastAsia" },
  sub: { eastAsia: "楷体_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman", hint: "eastAsia" },
  page: { eastAsia: "宋体", ascii: "Times New Roman", hAnsi: "Times New Roman", hint: "eastAsia" },
} as const;
/** Font sizes in half-points: 一号 26 pt, 二号 22 pt, 三号 16 pt, 四号 14 pt, 小五 9 pt. */
const SIZE = { banner: 52, title: 44, body: 32, page: 28, note: 18 } as const;
/** 28.95 pt exactly: 22 lines a page on the standard type area. */
const LINE = { line: 579, lineRule: LineRuleType.EXACT } as const;
/** One character of 三号 (16 pt) in twips, for indents counted in characters. */
const CHAR = 320;

/** A line of the body: a paragraph, a heading (一、 in 黑体, （一） in 楷体), or a table. */
export type BodyBlock = { kind: "p" | "h1" | "h2"; text: string } | { kind: "table"; header: string[]; rows: string[][]; widths: number[] };

export interface OfficialDocument {
  /** 发文机关 in the red banner, e.g. 金寨县府院联动机制办公室. */
  issuer: string;
  /** 发文字号, e.g. 金府联办〔2026〕1号. */
  number: string;
  title: string;
  /** 主送机关, without the colon. */
  to: string;
  body: BodyBlock[];
  /** 发文机关署名 and 成文日期 (as written, e.g. 2026年12月31日). */
  signature: string;
  date: string;
  /** Which figures the document was made from: a line in the footer and custom document properties. */
  figures: { line: string; properties: Record<string, string> };
}

const run = (text: string, font: (typeof FONTS)[keyof typeof FONTS], size: number, more: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font, size, ...more });

function block(b: BodyBlock): Paragraph | Table {
  if (b.kind === "table") return table(b);
  const font = b.kind === "h1" ? FONTS.heading : b.kind === "h2" ? FONTS.sub : FONTS.body;
  return new Paragraph({ spacing: LINE, indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED, children: [run(b.text, font, SIZE.body)] });
}

function table(b: Extract<BodyBlock, { kind: "table" }>): Table {
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: b.widths[i]!, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, head ? FONTS.heading : FONTS.body, 24)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, i, true)) }), ...b.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) }))],
  });
}

/**
 * A document laid out after GB/T 9704: A4, margins 37 / 35 / 28 / 26 mm (top, bottom, left,
 * right), the issuer's red banner and 发文字号 over a red rule, the title in 二号小标宋, 主送,
 * the body in 三号仿宋 at 22 lines a page, the issuer and date at the right, and the page number
 * “— N —” in 四号 at the foot, with a line naming the figures' version under it.
 */
export function officialDocument(d: OfficialDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, children: [run(`${d.issuer}文件`, FONTS.title, SIZE.banner, { color: "FF0000" })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: "FF0000", space: 8 } },
      children: [run(d.number, FONTS.body, SIZE.body)],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 700, lineRule: LineRuleType.EXACT }, children: [run(d.title, FONTS.title, SIZE.title)] }),
    new Paragraph({ spacing: LINE, children: [run(`${d.to}：`, FONTS.body, SIZE.body)] }),
    ...d.body.map(block),
    new Paragraph({ spacing: { ...LINE, before: 2 * 579 }, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: [run(d.signature, FONTS.body, SIZE.body)] }),
    new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: [run(d.date, FONTS.body, SIZE.body)] }),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run("— ", FONTS.page, SIZE.page), new TextRun({ children: [PageNumber.CURRENT], font: FONTS.page, size: SIZE.page }), run(" —", FONTS.page, SIZE.page)] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run(d.figures.line, FONTS.body, SIZE.note, { color: "808080" })] }),
    ],
  });
  return new Document({
    creator: d.issuer,
    title: d.title,
    subject: d.number,
    description: d.figures.line,
    customProperties: Object.entries(d.figures.properties).map(([name, value]) => ({ name, value })),
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20) } },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** The document as the bytes of a .docx. */
export const docxBytes = (doc: Document): Promise<ArrayBuffer> => Packer.toArrayBuffer(doc);

/** 2026-12-31 → 2026年12月31日. */
export function chineseDate(iso: string): string {
  const [y, m, day] = iso.split("-").map(Number);
  return `${y}年${m}月${day}日`;
}

/** The first 12 hex digits of the SHA-256 of a value's JSON: the version of the figures a document shows. */
export async function figuresHash(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(value)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 12);
}
