import { z } from "@hono/zod-openapi";
import { yearSchema } from "./common";
import { JointMeetingMissingSchema } from "./joint-meeting";
import { meetingKinds } from "../values";

export const SummaryQuerySchema = z.object({ year: yearSchema("年度", "年度应为四位数字，如 2026", "query") });

const Progress = {
  reports: z.number().int().openapi({ description: "progress reports received for the year's periods" }),
  mattersOpen: z.number().int().openapi({ description: "open, deadline not passed" }),
  settledOnTime: z.number().int(),
  settledLate: z.number().int(),
  overdue: z.number().int().openapi({ description: "open past the deadline" }),
};

export const SummarySchema = z
  .object({
    year: z.number().int(),
    ranking: z.array(
      z.object({
        unit: z.string(),
        score: z.number().nullable(),
        grade: z.string(),
        rank: z.number().int().nullable(),
        assessed: z.boolean().openapi({ description: "false: outside the year's assessed set, shown apart and never ranked" }),
      }),
    ),
    domains: z.array(z.object({ domain: z.string(), tasks: z.number().int(), ...Progress })),
    tasks: z.array(z.object({ no: z.number().int(), domain: z.string(), title: z.string(), ...Progress })),
    overdue: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        lead: z.string(),
        co: z.array(z.string()),
        deadline: z.string(),
        daysOverdue: z.number().int().openapi({ description: "working days after the deadline up to today" }),
      }),
    ),
    onTimeRate: z.array(z.object({ unit: z.string(), rate: z.number() })),
    meetings: z.object({
      held: z.array(z.object({ id: z.number().int(), kind: z.enum(meetingKinds), date: z.string(), minutesNo: z.string().nullable() })),
      decisions: z.object({
        total: z.number().int(),
        settled: z.number().int(),
        open: z.number().int().openapi({ description: "turned into matters, open, deadline not passed" }),
        overdue: z.number().int().openapi({ description: "turned into matters, open past the deadline" }),
        notTurned: z.number().int().openapi({ description: "not yet turned into matters" }),
      }),
      jointMeetingMissing: JointMeetingMissingSchema.nullable().openapi({ description: "set when the year's joint meeting is past its due day and not held" }),
    }),
  })
  .openapi("Summary");

export type SummaryWire = z.infer<typeof SummarySchema>;
