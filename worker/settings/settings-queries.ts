import { eq } from "drizzle-orm";
import { settings, changeLog } from "../../schema/tables";
import type { SettingKey } from "../../schema/contracts/settings";
import type { Db } from "../platform/db";
import type { Write } from "../platform/batch";

/** Every stored setting row by key (keys never set are absent). */
export async function storedSettings(db: Db) {
  const rows = await db.select().from(settings);
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * Writes that store `value` under `key` and log the change with the value it replaced. Null (the
 * default of the settings that may be empty) removes the row, so the default applies again.
 */
export function putSettingWrites(db: Db, key: SettingKey, before: unknown, value: unknown, actor: string): Write[] {
  return [
    value === null
      ? db.delete(settings).where(eq(settings.key, key))
      : db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } }),
    db.insert(changeLog).values({ actor, entity: "settings", entityId: key, action: "update", before: before ?? null, after: value }),
  ];
}
