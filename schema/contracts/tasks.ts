import { z } from "@hono/zod-openapi";
import { ID_MAX, intParam } from "./common";

export const TaskUnitSchema = z
  .object({
    name: z.string().openapi({ description: "as the plan writes it", example: "县经信局" }),
    unit: z.string().openapi({ description: "canonical unit or group", example: "县科商经信局" }),
    group: z.boolean().openapi({ description: "true when `unit` is a group that expands to members" }),
    lead: z.boolean().openapi({ description: "true for the first listed (牵头单位)" }),
  })
  .openapi("TaskUnit");

export const TaskSchema = z
  .object({
    no: z.number().int(),
    domain: z.string(),
    title: z.string(),
    text: z.string(),
    units: z.array(TaskUnitSchema),
  })
  .openapi("Task");

export const TaskListSchema = z.object({ tasks: z.array(TaskSchema) }).openapi("TaskList");
export const ResponsibleSchema = z
  .object({ no: z.number().int(), units: z.array(z.string()) })
  .openapi("Responsible");
export const TaskNoParamSchema = z.object({
  no: intParam("no", "任务序号", 1, ID_MAX).openapi({ param: { name: "no", in: "path" }, example: "17" }),
});
export type TaskRow = z.infer<typeof TaskSchema>;
