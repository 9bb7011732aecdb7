import { eq } from "drizzle-orm";
import { settings } from "../../schema/tables";
import type { Db } from "./db";

/** Settings the office may change, with the defaults that apply until it does. */
export const settingDefaults = {
  /** 进展报送周期: quarterly (2026-Q1) or monthly (2026-03). */
  reportingCycle: "quarterly" as "quarterly" | "monthly",
  /** Working days before a deadline at which a matter turns yellow (临期). */
  dueSoonWorkdays: 3,
  /** 签批: an 执行员 drafts and the unit's 联络员 submits; when false, 执行员 submit directly. */
  signOff: true as boolean,
  /**
   * Calendar days a unit has to reply to a 司法建议 when the court gives no other limit: 60 (两个月),
   * see docs/registers.md for the source.
   */
  suggestionReplyDays: 60,
};
export type SettingKey = keyof typeof settingDefaults;

export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<(typeof settingDefaults)[K]> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return (row?.value as (typeof settingDefaults)[K] | undefined) ?? settingDefaults[key];
}
