import { and, inArray, isNotNull } from "drizzle-orm";
import { people } from "../../schema/tables";
import { recipientsFor as recipientsByRule, type Recipient } from "../../domain/reminders/recipients-for";
import type { ReminderKind } from "../../schema/values";
import type { Db } from "../platform/db";

export type RecipientsFor = (matter: { leadUnitId: number }, level: ReminderKind) => Recipient[];

/**
 * SEAM (people): who a reminder goes to, read once per daily run. Until people carry their
 * units' 联络员 and the leaders' 分管 (units or domains in charge), a recipient is a unit and is
 * reached through that unit's channels: the 联络员 through the lead unit's, and the leaders in
 * charge through the units the 召集人 / 副召集人 in `people` belong to. When 分管 lands, narrow
 * `leaderUnitIds` to the leaders in charge of the matter's lead unit or task domain.
 */
export async function loadRecipients(db: Db): Promise<RecipientsFor> {
  const leaders = await db
    .select({ unitId: people.unitId })
    .from(people)
    .where(and(inArray(people.role, ["召集人", "副召集人"]), isNotNull(people.unitId)));
  const leaderUnitIds = leaders.flatMap((l) => (l.unitId === null ? [] : [l.unitId]));
  return (matter, level) => recipientsByRule(matter, level, leaderUnitIds);
}
