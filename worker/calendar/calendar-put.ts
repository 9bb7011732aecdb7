import { and, eq } from "drizzle-orm";
import { changeLog, matters } from "../../schema/tables";
import type { CalendarYearInput } from "../../schema/contracts/calendar";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { buildWorkCalendar, isValidIsoDate, type HolidayArrangement, type WorkCalendar } from "../../domain/calendar";
import { recomputedDeadline } from "../../domain/matters/recomputed-deadline";
import { settledOnTime } from "../../domain/matters/settle-matter";
import type { Db } from "../platform/db";
import { runBatch, type Write } from "../platform/batch";
import { actorOf, type Caller } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { calendarYearStamp, calendarYearWrites, listCalendarYears, readCalendarYear } from "./calendar-queries";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { openMatterDeadlines } from "./open-matter-deadlines";

/** Source recorded when the office loads a new year without naming the notice. */
const OFFICE_ENTRY = "办公室录入";

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Every bad cell of a year's lists: row = index in that list, column = "off" or "work". */
export function checkYearCells(year: number, input: Pick<CalendarYearInput, "off" | "work">): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const work = new Set(input.work);
  for (const column of ["off", "work"] as const) {
    const seen = new Map<string, number>();
    input[column].forEach((date, row) => {
      if (!isValidIsoDate(date)) {
        problems.push(detail(row, column, "invalid_date", `“${date}”不是有效日期，应写作 YYYY-MM-DD（如 ${year}-10-01）`));
      } else if (!date.startsWith(`${year}-`)) {
        problems.push(detail(row, column, "wrong_year", `${date} 不在 ${year} 年内`));
      } else if (seen.has(date)) {
        problems.push(detail(row, column, "duplicate", `${date} 与第 ${seen.get(date)! + 1} 行重复`));
      } else if (column === "work" && weekday(date) !== 0 && weekday(date) !== 6) {
        problems.push(detail(row, column, "not_weekend", `${date} 不是周六或周日：调休上班日只能是周末`));
      } else if (column === "off" && work.has(date)) {
        problems.push(detail(row, column, "also_work", `${date} 同时列为调休上班日，一天只能是放假或上班之一`));
      }
      if (!seen.has(date)) seen.set(date, row);
    });
  }
  return problems;
}

/**
 * Replaces one year's arrangement, recomputes the deadlines of open and 待审核 matters under the new
 * calendar, and writes both in one batch with their change-log entries; a refusal writes nothing.
 */
export async function putCalendarYear(db: Db, caller: Caller, year: number, input: CalendarYearInput, today: string) {
  const problems = checkYearCells(year, input);
  if (problems.length) throw unprocessable(`${year} 年节假日安排有误，整年未保存`, problems);

  const [loaded, readStamp] = await Promise.all([listCalendarYears(db), calendarYearStamp(db, year)]);
  const before = loaded.find((a) => a.year === year) ?? null;
  const next: HolidayArrangement = {
    year,
    source: input.source ?? before?.source ?? OFFICE_ENTRY,
    off: [...input.off].sort(),
    work: [...input.work].sort(),
  };
  const cal = buildWorkCalendar([...loaded.filter((a) => a.year !== year), next]);
  const actor = actorOf(caller);
  const recompute = await recomputeWrites(db, cal, actor, today);

  const [yearWrite, ...dayWrites] = calendarYearWrites(db, next, before ? readStamp : null);
  try {
    await runBatch(db, [
      yearWrite!,
      db.insert(changeLog).values({ actor, entity: "calendar_years", entityId: idIfChanged(String(year)), action: before ? "update" : "insert", before, after: next }),
      ...dayWrites,
      ...recompute.writes,
    ]);
  } catch (e) {
    if (!lostRace(e)) throw e;
    throw conflict(`保存时${year}年节假日安排或某个在办事项刚被他人修改，本次未保存，请重新提交`, { current: await readCalendarYear(db, year) });
  }
  return { ...next, recomputed: recompute.moved };
}

/**
 * Updates and change-log entries for every matter open or waiting for review (待审核) whose deadline
 * changes under `cal`; one waiting for review also gets its on-time judgement again.
 */
async function recomputeWrites(db: Db, cal: WorkCalendar, actor: string, today: string): Promise<{ writes: Write[]; moved: number }> {
  const writes: Write[] = [];
  let moved = 0;
  for (const m of await openMatterDeadlines(db)) {
    const d = recomputedDeadline(m, m.approvedExtensionDays, cal, today);
    if (!d) continue;
    moved++;
    // A settlement waiting for review is judged on time again against the moved deadline.
    const judged = m.status === "待审核" && m.settled !== null ? { onTime: settledOnTime(m.settled, d.deadline, m.submitted) } : {};
    const after = { ...d, ...judged, version: m.version + 1 };
    const before = {
      deadline: m.deadline,
      originalDeadline: m.originalDeadline,
      provisional: m.provisional,
      overdueSince: m.overdueSince,
      ...(m.status === "待审核" ? { onTime: m.onTime } : {}),
      version: m.version,
    };
    writes.push(
      db.update(matters).set(after).where(and(eq(matters.id, m.id), eq(matters.version, m.version))),
      // Logged only if the guarded update landed; otherwise the whole replacement rolls back (409).
      db.insert(changeLog).values({ actor, entity: "matters", entityId: idIfChanged(String(m.id)), action: "recompute", before, after: { ...after, reason: "节假日安排变更" } }),
    );
  }
  return { writes, moved };
}
