import { createRoute } from "@hono/zod-openapi";
import { SummaryQuerySchema, SummarySchema } from "../../schema/contracts/summary";
import { workdaysBetween } from "../../domain/calendar";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { assessYear } from "../assessment/assess-year";
import { countMatters } from "../assessment/matter-counts";
import { reportsPerTask } from "../assessment/report-counts";
import { loadDirectory } from "../platform/directory";
import { loadTasks } from "../tasks/tasks-queries";
import { loadWorkCalendar } from "../calendar/calendar-queries";
import { matterProgressPerTask, overdueMatters } from "./summary-queries";
import { errorResponses } from "../platform/openapi-responses";
import { meetingsOfYear } from "../meetings/meeting-figures";
import { missingJointMeetings } from "../meetings/joint-meeting-due";

const zero = { mattersOpen: 0, settledOnTime: 0, settledLate: 0, overdue: 0 };

/** The leaders' summary sheet in one call: ranking, progress per domain and task, overdue list. */
export const summaryRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    summary: "Ranking with grades, progress per domain and per task, overdue matters, on-time rates",
    middleware: [may("see_summary")] as const,
    security: [{ bearer: [] }],
    request: { query: SummaryQuerySchema },
    responses: { 200: { description: "summary", content: { "application/json": { schema: SummarySchema } } }, ...errorResponses },
  }),
  async (c) => {
    const { year } = c.req.valid("query");
    const db = c.var.db;
    const today = c.var.today;
    const [assessment, tasks, directory, cal, progress, received, overdue, matterCounts, meetings, [jointMeetingMissing]] = await Promise.all([
      assessYear(db, year, today),
      loadTasks(db),
      loadDirectory(db),
      loadWorkCalendar(db),
      matterProgressPerTask(db, year, today),
      reportsPerTask(db, year),
      overdueMatters(db, year, today),
      countMatters(db, year, today),
      meetingsOfYear(db, year, today),
      missingJointMeetings(db, today, year),
    ]);

    const taskRows = tasks.map((t) => ({ no: t.no, domain: t.domain, title: t.title, reports: received.get(t.no) ?? 0, ...(progress.get(t.no) ?? zero) }));
    const domains: { domain: string; tasks: number; reports: number; mattersOpen: number; settledOnTime: number; settledLate: number; overdue: number }[] = [];
    for (const t of taskRows) {
      let d = domains.find((x) => x.domain === t.domain);
      if (!d) domains.push((d = { domain: t.domain, tasks: 0, reports: 0, ...zero }));
      d.tasks += 1;
      d.reports += t.reports;
      d.mattersOpen += t.mattersOpen;
      d.settledOnTime += t.settledOnTime;
      d.settledLate += t.settledLate;
      d.overdue += t.overdue;
    }

    const onTimeRate = directory.units.flatMap((u) => {
      const lead = matterCounts.lead.get(u.id) ?? { numerator: 0, denominator: 0 };
      const co = matterCounts.co.get(u.id) ?? { numerator: 0, denominator: 0 };
      const denominator = lead.denominator + co.denominator;
      if (denominator === 0) return [];
      return [{ unit: u.name, rate: Math.round(((lead.numerator + co.numerator) / denominator) * 10_000) / 10_000 }];
    });

    return c.json(
      {
        year,
        ranking: assessment.entries.map(({ unit, score, grade, rank, assessed }) => ({ unit, score, grade, rank, assessed })),
        domains,
        tasks: taskRows,
        overdue: overdue.map((m) => ({ ...m, daysOverdue: workdaysBetween(m.deadline, today, cal).workdays })),
        onTimeRate,
        meetings: { ...meetings, jointMeetingMissing: jointMeetingMissing ?? null },
      },
      200,
    );
  },
);
