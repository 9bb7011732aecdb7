import { reminderNotice } from "../../../domain/reminders/reminder-notice";
import { reminderFor } from "../../../domain/matters/reminder-for";
import { resolveUnitName } from "../../../domain/responsibility";
import type { DocumentEdit } from "../../../schema/contracts/files";
import type { Db } from "../../platform/db";
import { detail, unprocessable } from "../../platform/errors";
import { loadDirectory } from "../../platform/directory";
import { readSetting } from "../../platform/settings";
import { loadWorkCalendar } from "../../calendar/calendar-queries";
import { openMatters } from "../../matters/matters-queries";
import { chineseDate, figuresHash, officialDocument, type BodyBlock } from "./official-document";
import { noticeParts } from "./notice-text";

const line = (lines: string[], prefix: string) => (lines.find((l) => l.startsWith(prefix)) ?? "").slice(prefix.length);

/**
 * The 催办单 to one unit as a GB/T 9704 document: every open matter it leads that is due soon
 * or overdue today, with its deadline and working days left or past (the words of
 * domain/reminders/reminder-notice.ts, one matter per table row), what is asked at each level,
 * and whom to answer. The office may replace the text (the matters' table stays the figures');
 * the figures' version (a hash of the matters, versions and levels) is in the footer and properties.
 */
export async function reminderDocument(db: Db, o: { county: string; unit: string; today: string; edit: DocumentEdit }) {
  const directory = await loadDirectory(db);
  const r = resolveUnitName(o.unit, directory);
  if (!r || r.kind !== "unit") throw unprocessable("催办单的单位有误", [detail(null, "unit", r ? "group_not_unit" : "unknown_unit", r ? `“${o.unit}”是统称，请填写具体单位` : `未知单位：${o.unit}`)]);
  const unit = directory.units.find((u) => u.id === r.id)!;
  const [open, cal, dueSoon] = await Promise.all([openMatters(db), loadWorkCalendar(db), readSetting(db, "dueSoonWorkdays")]);
  const due = open
    .filter((m) => m.leadUnitId === unit.id)
    .flatMap((m) => {
      const level = reminderFor(m, o.today, cal, dueSoon);
      return level ? [{ m, level }] : [];
    });
  if (due.length === 0) throw unprocessable(`${unit.name}目前没有临期或逾期的督办事项，无需催办`, [detail(null, "unit", "nothing_due", "没有需要催办的事项")]);
  const notices = due.map(({ m, level }) =>
    reminderNotice({ county: o.county, matterId: m.id, title: m.title, lead: unit.name, deadline: m.deadline, level: level.kind, workdaysLeft: level.workdaysLeft, to: "联络员", on: o.today }),
  );
  const date = o.edit.date ?? o.today;
  const issuer = `${o.county}府院联动机制办公室`;
  const overdue = due.filter((d) => d.level.overdue).length;
  const matterTable: BodyBlock = {
    kind: "table",
    header: ["编号", "事项", "办理期限", "办理时限", "催办等级"],
    widths: [8, 38, 16, 24, 14],
    rows: due.map(({ m, level }, i) => [String(m.id), m.title, m.deadline, line(notices[i]!.lines, "办理时限："), level.kind]),
  };
  const asks = [...new Set(notices.map((n) => line(n.lines, "要求：")))];
  const draft = [
    "关于督办事项办理情况的催办单",
    `${unit.name}：`,
    `截至${chineseDate(o.today)}，你单位牵头办理的督办事项中，已逾期${overdue}件、临近期限${due.length - overdue}件，具体如下。`,
    "TABLE",
    ...asks,
    `${line(notices[0]!.lines, "答复：")}`,
    issuer,
    chineseDate(date),
  ].join("\n");
  const parts = noticeParts(o.edit.text ?? draft);
  if (!parts) throw unprocessable("催办单正文的格式有误", [detail(null, "text", "layout", "第一行为标题，其后为主送单位（以“：”结尾）和正文，最后两行为发文机关和成文日期")]);
  const at = parts.body.findIndex((b) => b.kind !== "table" && b.text === "TABLE");
  const body = at >= 0 ? [...parts.body.slice(0, at), matterTable, ...parts.body.slice(at + 1)] : [...parts.body, matterTable];
  const version = await figuresHash(due.map(({ m, level }) => [m.id, m.version, m.deadline, level.kind, level.workdaysLeft]));
  return officialDocument({
    issuer,
    number: o.edit.number ?? `${o.county}府院联催〔${o.today.slice(0, 4)}〕　号`,
    ...parts,
    body,
    figures: {
      line: `本催办单依据${chineseDate(o.today)}的督办事项数据（${due.length}件，数据版本 ${version}）`,
      properties: { 催办单位: unit.name, 数据日期: o.today, 督办数据版本: version },
    },
  });
}
