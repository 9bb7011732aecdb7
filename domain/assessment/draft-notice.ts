import type { AssessmentScheme } from "./scheme";
import { notRated, type AssessmentEntry } from "./entry";

/** A weak indicator worth naming in the notice: below this rate. */
const weakRate = 0.6;

/**
 * A draft year-end notice (通报) from the results, in the usual shape: title, 主送, overview,
 * commended units with reasons, units to be held to account or to rectify and why, next steps,
 * and the office's signature with `date` (YYYY-MM-DD). The office edits it before issuing.
 */
export function draftNotice(input: {
  year: number;
  scheme: AssessmentScheme;
  entries: ReadonlyArray<AssessmentEntry>;
  date: string;
}): { title: string; text: string } {
  const { year, scheme, date } = input;
  // Units outside the assessed set are shown apart in the ledger; the notice is about the assessed.
  const entries = input.entries.filter((e) => e.assessed);
  const title = `关于${year}年度府院联动工作考评结果的通报`;
  const p = (s: string) => `　　${s}`;
  const lines = [
    title,
    "",
    "各成员单位：",
    p(`根据府院联动机制工作方案“加强监督问责”的要求，府院联动机制办公室对各成员单位${year}年度落实府院联动工作情况进行了考评。现将考评结果通报如下。`),
    "",
    p("一、考评情况"),
    p(overview(scheme, entries)),
    "",
    p("二、通报表扬单位"),
    ...commended(scheme, entries).map(p),
    "",
    p("三、需问责及整改单位"),
    ...accountable(scheme, entries).map(p),
    "",
    p("四、下一步要求"),
    p("（一）各成员单位要对照考评结果，认真查找差距，切实履行府院联动工作职责，巩固提升工作成效。"),
    p("（二）具体案件、事项原则上在十个工作日内办结，确需延期的按程序报批；责任单位按期报送重点工作进展。"),
    p("（三）考评结果作为年度考核的重要依据。对不担当不作为造成严重后果的，依法依规予以问责；对主动作为、积极履职、成效明显的，予以通报表扬。"),
    "",
    "府院联动机制办公室",
    chineseDate(date),
  ];
  return { title, text: lines.join("\n") };
}

function overview(scheme: AssessmentScheme, entries: ReadonlyArray<AssessmentEntry>): string {
  const indicators = scheme.indicators.filter((i) => i.weight > 0).map((i) => `${i.name}（${i.weight}分）`).join("、");
  const rated = entries.filter((e) => e.grade !== notRated);
  const counts = scheme.grades.map((g) => `${g.name}${rated.filter((e) => e.grade === g.name).length}个`).join("、");
  const unrated = entries.length - rated.length;
  const top = rated.filter((e) => e.rank !== null && e.rank <= 3 && !e.flags.veto && e.grade !== lowest(scheme));
  let text = `本次考评以${indicators}为指标，结合通报表扬、问责情况计分。共有${rated.length}个单位参加考评，其中${counts}`;
  text += unrated > 0 ? `；${unrated}个单位本年度无考评事项，未参评。` : "。";
  if (top.length > 0) text += `得分居前的单位是：${top.map((e) => `${e.unit}（${e.score}分）`).join("、")}。`;
  return text;
}

function commended(scheme: AssessmentScheme, entries: ReadonlyArray<AssessmentEntry>): string[] {
  const best = scheme.grades[0]?.name;
  const list = entries.filter((e) => !e.flags.veto && (e.flags.commend || (e.grade === best && e.grade !== lowest(scheme))));
  if (list.length === 0) return ["本年度无通报表扬单位。"];
  return [
    "对以下单位予以通报表扬：",
    ...list.map((e, i) => {
      const reasons = e.adjustments.filter((a) => a.kind === "通报表扬").map((a) => `${chineseDate(a.date)}受到通报表扬（${a.reason}）`);
      return `${i + 1}. ${e.unit}：${[standing(e), ...reasons].join("；")}。`;
    }),
  ];
}

function accountable(scheme: AssessmentScheme, entries: ReadonlyArray<AssessmentEntry>): string[] {
  const list = entries.filter((e) => e.flags.veto || e.flags.accountable || e.grade === lowest(scheme));
  if (list.length === 0) return ["本年度无需问责或整改的单位。"];
  return [
    "以下单位需问责或限期整改：",
    ...list.map((e, i) => {
      const reasons = e.adjustments
        .filter((a) => a.kind === "问责" || a.kind === "一票否决")
        .map((a) => `${chineseDate(a.date)}${a.kind === "问责" ? "被问责" : "被一票否决"}（${a.reason}）`);
      const weak = e.breakdown
        .filter((b) => b.rate !== null && b.rate < weakRate)
        .map((b) => `${b.indicator}仅为${percent(b.rate!)}（${b.numerator}/${b.denominator}）`);
      const why = [standing(e), ...reasons];
      if (weak.length > 0) why.push(`其中${weak.join("，")}`);
      return `${i + 1}. ${e.unit}：${why.join("；")}。`;
    }),
    "请上述单位认真剖析原因，自本通报印发之日起十五个工作日内向府院联动机制办公室书面报送整改情况。",
  ];
}

const lowest = (scheme: AssessmentScheme) => scheme.grades[scheme.grades.length - 1]?.name;
const standing = (e: AssessmentEntry) =>
  e.score === null ? `等次为${e.grade}` : `考评得分${e.score}分，等次为${e.grade}`;
const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
