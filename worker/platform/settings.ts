import { settings } from "../../schema/tables";
import type { SettingKey, SettingValue } from "../../schema/contracts/settings";
import type { Db } from "./db";
import { keptPerIsolate } from "./cache-versions";

export type { SettingKey } from "../../schema/contracts/settings";

/** Settings the office may change (`PUT /api/v1/settings/:key`), with the defaults that apply until it does. */
export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  reportingCycle: "quarterly",
  dueSoonWorkdays: 3,
  signOff: true,
  assessmentStart: null,
  reportDuties: [],
  assessedUnits: [],
  jointMeetingDue: null,
  suggestionReplyDays: 60,
};

/** What each setting means, in Chinese, as the settings list shows it. */
export const settingDescriptions: { [K in SettingKey]: string } = {
  reportingCycle: "进展报送周期：quarterly 按季（2026-Q1），monthly 按月（2026-03）",
  dueSoonWorkdays: "截止日前多少个工作日起事项显示为临期（黄色）",
  signOff: "签批：开启时执行员只能起草，由本单位联络员报送",
  assessmentStart: "台账启用日期：启用当年自该日起考评（此前到期的报送和事项不计），以后各年自 1 月 1 日起；未设置时各年均自 1 月 1 日起",
  reportDuties: "各任务的进展报送要求：reporters 为 lead（仅牵头单位，未列出的任务均按此）、all（全部责任单位）或 none（不需报送），cycle 为报送周期（null 随台账周期）",
  assessedUnits: "各年度参评单位：未列出的年度为联席会议成员单位；其他承担任务的单位单列，不参加排名",
  jointMeetingDue: "本年度联席会议召开日期（原则上每年召开一次）；未设置时为空",
  suggestionReplyDays: "司法建议默认回复期限（自收到之日起的日历天数）；单份建议可另行规定",
};

/**
 * A setting's value (its default until the office sets it). Every stored setting is read at once and
 * kept per isolate while the settings' version is unchanged (cache-versions.ts); values are frozen.
 */
export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const stored = await keptPerIsolate(db, "settings", async () =>
    Object.fromEntries((await db.select({ key: settings.key, value: settings.value }).from(settings)).map((r) => [r.key, r.value])),
  );
  return (Object.hasOwn(stored, key) ? (stored[key] as SettingValue<K>) : undefined) ?? settingDefaults[key];
}
