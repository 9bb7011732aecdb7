import { z } from "@hono/zod-openapi";

/** A year whose joint meeting was due by the day the office set (setting `jointMeetingDue`) and has not been held. */
export const JointMeetingMissingSchema = z
  .object({ year: z.number().int(), due: z.string(), message: z.string() })
  .openapi("JointMeetingMissing");

export type JointMeetingMissing = z.infer<typeof JointMeetingMissingSchema>;
