import { draftNotice } from "../../../domain/assessment";
import type { DocumentEdit } from "../../../schema/contracts/files";
import type { Db } from "../../platform/db";
import { detail, unprocessable } from "../../platform/errors";
import { assessYear } from "../../assessment/assess-year";
import { chineseDate, figuresHash, officialDocument } from "./official-document";
import { noticeParts } from "./notice-text";

/**
 * The year-end 通报 as a GB/T 9704 document: the draft text of `/assessment/:year/notice`, or the
 * office's edited text, over the year's figures as they stand (frozen once the year is closed);
 * the figures' version (a hash of the scheme and every entry) is in the footer and the
 * document's properties, so a printed copy tells which figures it was made from.
 */
export async function noticeDocument(db: Db, o: { county: string; year: number; today: string; edit: DocumentEdit }) {
  const result = await assessYear(db, o.year, o.today);
  const date = o.edit.date ?? o.today;
  const text = o.edit.text ?? draftNotice({ year: o.year, scheme: result.scheme, entries: result.entries, date }).text;
  const parts = noticeParts(text);
  if (!parts) {
    throw unprocessable("通报正文的格式有误", [detail(null, "text", "layout", "第一行为标题，其后为主送机关（以“：”结尾）和正文，最后两行为发文机关和成文日期")]);
  }
  const version = await figuresHash({ scheme: result.scheme, entries: result.entries, closed: result.closed });
  const state = result.closed ? "已定稿" : `截至${chineseDate(o.today)}的计算`;
  const issuer = `${o.county}府院联动机制办公室`;
  const scheme = result.scheme.version === null ? "默认考评方案" : `考评方案第${result.scheme.version}版`;
  return officialDocument({
    issuer,
    number: o.edit.number ?? `${o.county}府院联办〔${o.year}〕　号`,
    ...parts,
    figures: {
      line: `本通报依据${o.year}年度考评数据（${state}，${scheme}，数据版本 ${version}）`,
      properties: { 考评年度: String(o.year), 考评数据版本: version, 考评方案版本: scheme, 考评数据状态: state },
    },
  });
}
