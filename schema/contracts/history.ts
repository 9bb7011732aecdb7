import { z } from "@hono/zod-openapi";
import { ID_MAX, intParam } from "./common";

/** One change of a row, as the change log recorded it. */
export const HistoryEntrySchema = z
  .object({
    change: z.number().int().openapi({ description: "the change-log line's id; name it to restore the row as it was right after this change" }),
    at: z.number().int().openapi({ description: "epoch ms" }),
    person: z.string().nullable().openapi({ description: "the name of the person behind the change, when the log names one (null: only the role or unit is known)", example: "张三" }),
    personId: z.number().int().nullable().openapi({ description: "the `people` row of that person" }),
    post: z.string().nullable().openapi({ description: "that person's post (联络员 / 执行员 / 办公室 / 召集人 / 副召集人)", example: "执行员" }),
    unit: z.string().nullable().openapi({ description: "the unit behind the change (办公室 for the office), null for leaders and the system" }),
    actor: z.string().openapi({ description: "who made the change, in Chinese", example: "县财政局" }),
    action: z.string().openapi({ example: "settle" }),
    actionLabel: z.string().openapi({ example: "办结" }),
    version: z.number().int().nullable().openapi({ description: "the row's version after the change; null for bookkeeping that does not bump it" }),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .openapi("HistoryEntry");

export const HistorySchema = z
  .object({ id: z.number().int(), changes: z.array(HistoryEntrySchema).openapi({ description: "oldest first" }) })
  .openapi("History");

export const RestoreSchema = z
  .strictObject({
    version: z.number({ error: "请带上拉取时的版本号 version" }).int().positive().max(ID_MAX),
    change: z.number({ error: "请填写要恢复到的修改记录编号 change" }).int("修改记录编号 change 应为整数").positive("修改记录编号 change 至少为 1").max(ID_MAX),
  })
  .openapi("Restore", { description: "restore the row's editable fields to their values right after change-log line `change`" });

export const ReportIdParamSchema = z.object({
  id: intParam("id", "报送编号", 1, ID_MAX).openapi({ param: { name: "id", in: "path" }, example: "1" }),
});

export type HistoryEntryWire = z.infer<typeof HistoryEntrySchema>;
export type HistoryWire = z.infer<typeof HistorySchema>;
export type RestoreBody = z.infer<typeof RestoreSchema>;
