import { and, asc, eq, isNull } from "drizzle-orm";
import { changeLog, unitChannels } from "../../schema/tables";
import type { ChannelInput } from "../../schema/contracts/channels";
import type { ChannelKind } from "../../schema/values";
import type { Db } from "../platform/db";
import { runBatch } from "../platform/batch";
import { maskUrl } from "../platform/mask-url";

/** A unit's current channels, in the order the office gave them. */
export async function currentChannels(db: Db, unitId: number) {
  return db
    .select()
    .from(unitChannels)
    .where(and(eq(unitChannels.unitId, unitId), isNull(unitChannels.removedAt)))
    .orderBy(asc(unitChannels.position), asc(unitChannels.id));
}

/** Every unit's current channels (the daily job's one read). */
export async function allCurrentChannels(db: Db) {
  return db.select().from(unitChannels).where(isNull(unitChannels.removedAt)).orderBy(asc(unitChannels.unitId), asc(unitChannels.position));
}

/** A channel as reads show it: never its secret, and its address masked. */
export const channelToWire = (c: { id: number; kind: string; url: string; secret: string | null }) => ({
  id: c.id,
  kind: c.kind as ChannelKind,
  url: maskUrl(c.url),
  hasSecret: c.secret !== null,
});

/**
 * Replaces a unit's channels in one batch: the current ones are marked removed (deliveries keep
 * pointing at them) and the new ones added; the log records kinds and masked addresses only.
 */
export async function replaceChannels(db: Db, unitId: number, unitName: string, channels: ChannelInput[], actor: string) {
  const before = (await currentChannels(db, unitId)).map(channelToWire);
  const now = new Date();
  await runBatch(db, [
    db.update(unitChannels).set({ removedAt: now }).where(and(eq(unitChannels.unitId, unitId), isNull(unitChannels.removedAt))),
    ...channels.map((c, position) =>
      db.insert(unitChannels).values({ unitId, kind: c.kind, url: c.url, secret: c.secret ?? null, position, createdAt: now }),
    ),
    db.insert(changeLog).values({
      actor,
      entity: "unit_channels",
      entityId: unitName,
      action: "replace",
      before: { channels: before },
      after: { channels: channels.map((c) => ({ kind: c.kind, url: maskUrl(c.url), hasSecret: c.secret !== undefined })) },
    }),
  ]);
  return currentChannels(db, unitId);
}
