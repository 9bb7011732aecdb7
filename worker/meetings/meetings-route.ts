import { createRoute } from "@hono/zod-openapi";
import {
  AttendanceInputSchema,
  MeetingIdParamSchema,
  MeetingInputSchema,
  MeetingListSchema,
  MeetingPatchSchema,
  MeetingQuerySchema,
  MeetingSchema,
  MinutesInputSchema,
  TurnDecisionsInputSchema,
  TurnedDecisionsSchema,
} from "../../schema/contracts/meetings";
import { relationToMeeting } from "../../domain/access";
import { newRouter } from "../platform/router";
import { ensureMay, may, unitScope } from "../platform/access";
import { conflictResponse, errorResponses } from "../platform/openapi-responses";
import { stateContext } from "../matters/matter-to-wire";
import { findMeeting, listMeetings } from "./meetings-queries";
import { meetingToWire } from "./meeting-to-wire";
import { createMeeting, missingMeeting, recordAttendance, recordMinutes, removeMinutes } from "./meetings-write";
import { turnDecisions } from "./turn-decisions";
import { updateMeeting } from "./meeting-update";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });
const security = [{ bearer: [] }];

/** 联席会议 and 专题会议: the office records them, their attendance and minutes, and turns decisions into matters. */
export const meetingsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Meetings by date (a unit: those it is invited to), with attendance, agenda and minutes",
      security,
      request: { query: MeetingQuerySchema },
      responses: { 200: { description: "meetings", ...json(MeetingListSchema) }, ...errorResponses },
    }),
    async (c) => {
      const rows = await listMeetings(c.var.db, { unitId: unitScope(c.var.caller, "see_meeting"), year: c.req.valid("query").year });
      const ctx = await stateContext(c.var.db, c.var.today);
      return c.json({ meetings: rows.map((m) => meetingToWire(m, ctx)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One meeting (404 to a unit not invited to it)",
      security,
      request: { params: MeetingIdParamSchema },
      responses: { 200: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses },
    }),
    async (c) => {
      const m = await findMeeting(c.var.db, c.req.valid("param").id);
      if (!m) throw missingMeeting();
      ensureMay(c.var.caller, relationToMeeting(c.var.caller, m.invited.map((a) => a.unitId)), "see_meeting", missingMeeting);
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "The office records a meeting (联席会议 or 专题会议) and the units invited",
      middleware: [may("edit_meeting")] as const,
      security,
      request: { body: { required: true, ...json(MeetingInputSchema) } },
      responses: { 201: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses },
    }),
    async (c) => {
      const m = await createMeeting(c.var.db, c.var.caller, c.req.valid("json"));
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "The office corrects a meeting's kind, date, convener or place, from the version read (409 when stale)",
      middleware: [may("edit_meeting")] as const,
      security,
      request: { params: MeetingIdParamSchema, body: { required: true, ...json(MeetingPatchSchema) } },
      responses: { 200: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const m = await updateMeeting(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), c.var.today);
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/attendance",
      summary: "The office records how invited units attended (a unit not invited is refused on its row)",
      middleware: [may("edit_meeting")] as const,
      security,
      request: { params: MeetingIdParamSchema, body: { required: true, ...json(AttendanceInputSchema) } },
      responses: { 200: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const m = await recordAttendance(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"), c.var.today);
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/minutes",
      summary: "The office records the minutes (会议纪要): number, date, numbered decisions with lead, co-units and days (default 10)",
      middleware: [may("edit_meeting")] as const,
      security,
      request: { params: MeetingIdParamSchema, body: { required: true, ...json(MinutesInputSchema) } },
      responses: { 200: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const m = await recordMinutes(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"));
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/minutes",
      summary: "The office removes the minutes (number, date, every decision); 409 once a decision is a matter",
      middleware: [may("edit_meeting")] as const,
      security,
      request: { params: MeetingIdParamSchema },
      responses: { 200: { description: "the meeting", ...json(MeetingSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const m = await removeMinutes(c.var.db, c.var.caller, c.req.valid("param").id);
      return c.json(meetingToWire(m, await stateContext(c.var.db, c.var.today)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/matters",
      summary: "The office turns chosen decisions into matters in one call (409 naming a decision already turned; nothing written then)",
      middleware: [may("turn_decisions")] as const,
      security,
      request: { params: MeetingIdParamSchema, body: { required: true, ...json(TurnDecisionsInputSchema) } },
      responses: { 201: { description: "the meeting and the matters made", ...json(TurnedDecisionsSchema) }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const r = await turnDecisions(c.var.db, c.var.caller, c.req.valid("param").id, c.req.valid("json"));
      return c.json({ meeting: meetingToWire(r.meeting, await stateContext(c.var.db, c.var.today)), matters: r.matters }, 201);
    },
  );
