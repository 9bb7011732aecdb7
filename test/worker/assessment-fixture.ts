import { eq, inArray } from "drizzle-orm";
import { calendarYears, matterUnits, matters, reports, taskResponsibilities, unitGroups, units } from "../../schema/tables";
import { chunkForD1 } from "../../worker/platform/batch";
import { api, db, tokenFor } from "./helpers";

/**
 * A year (2025) of events for a few units, with figures computed by hand in the tests.
 * Responsibilities are narrowed to two tasks so the report figures stay countable:
 *   task 1: 县法院 (lead), group 开发区管委 (→ 金寨经济开发区管委); task 2: 县财政局 (lead), 县法院.
 * The office sets both tasks' report duties to "all responsible units" (the default asks the lead
 * only), so co-units owe reports here too.
 * Report due days under the State Council arrangements: Q1 2025-04-15, Q2 2025-07-14,
 * Q3 2025-10-21, Q4 2026-01-15.
 */
export async function buildYear2025() {
  const d = db();
  // setup.ts seeds every arrangement; the due days above need 2025 and 2026.
  const seeded = await d.select({ year: calendarYears.year }).from(calendarYears).where(inArray(calendarYears.year, [2025, 2026]));
  if (seeded.length !== 2) throw new Error("setup.ts did not seed the 2025 and 2026 calendars");

  const unitRows = await d.select().from(units);
  const id = (name: string) => unitRows.find((u) => u.name === name)!.id;
  const [zone] = await d.select().from(unitGroups).where(eq(unitGroups.name, "开发区管委"));
  await d.delete(taskResponsibilities);
  await d.insert(taskResponsibilities).values([
    { taskNo: 1, position: 0, name: "县法院", unitId: id("县法院") },
    { taskNo: 1, position: 1, name: "开发区管委", groupId: zone!.id },
    { taskNo: 2, position: 0, name: "县财政局", unitId: id("县财政局") },
    { taskNo: 2, position: 1, name: "县法院", unitId: id("县法院") },
  ]);

  const matter = async (m: { title: string; task: number; lead: string; co: string[]; deadline: string; settled?: string }) => {
    const [row] = await d
      .insert(matters)
      .values({
        title: m.title,
        taskNo: m.task,
        source: "专题会议",
        leadUnitId: id(m.lead),
        assigned: "2025-01-02",
        deadline: m.deadline,
        originalDeadline: m.deadline,
        status: m.settled ? "已办结" : "办理中",
        settled: m.settled ?? null,
        onTime: m.settled ? m.settled <= m.deadline : null,
      })
      .returning();
    await d.insert(matterUnits).values([
      { matterId: row!.id, unitId: id(m.lead), role: "lead" as const },
      ...m.co.map((u) => ({ matterId: row!.id, unitId: id(u), role: "co" as const })),
    ]);
    return row!.id;
  };
  const ids = {
    m1: await matter({ title: "某企业欠薪纠纷化解", task: 1, lead: "县法院", co: ["县财政局"], deadline: "2025-03-14", settled: "2025-03-10" }),
    m2: await matter({ title: "道路施工合同纠纷诉前调解", task: 1, lead: "县法院", co: ["县司法局"], deadline: "2025-05-20", settled: "2025-05-20" }),
    m3: await matter({ title: "行政机关败诉案件分析", task: 2, lead: "县法院", co: ["县财政局"], deadline: "2025-08-15", settled: "2025-08-20" }),
    m4: await matter({ title: "某房地产企业破产涉税协调", task: 2, lead: "县法院", co: ["县财政局"], deadline: "2025-11-28" }),
    m5: await matter({ title: "破产财产处置协调", task: 17, lead: "县财政局", co: ["县法院", "县司法局"], deadline: "2025-04-10", settled: "2025-04-09" }),
    m6: await matter({ title: "上年度事项", task: 1, lead: "县法院", co: [], deadline: "2024-12-31", settled: "2024-12-30" }),
    m7: await matter({ title: "下年度事项", task: 2, lead: "县财政局", co: [], deadline: "2026-01-09" }),
  };

  const report = (unit: string, taskNo: number, period: string, submittedOn: string) => ({ unitId: id(unit), taskNo, period, progress: "按计划推进", submittedOn });
  const rows = [
    report("县法院", 1, "2024-Q4", "2025-01-10"),
    report("县法院", 1, "2025-Q1", "2025-04-10"),
    report("县法院", 1, "2025-Q2", "2025-07-15"),
    report("县法院", 1, "2025-Q3", "2025-10-21"),
    report("县法院", 2, "2025-Q1", "2025-04-15"),
    report("县法院", 2, "2025-Q2", "2025-07-01"),
    report("县法院", 2, "2025-Q3", "2025-10-22"),
    report("县法院", 2, "2025-Q4", "2026-01-15"),
    report("县财政局", 2, "2025-Q1", "2025-04-01"),
    report("县财政局", 2, "2025-Q2", "2025-07-14"),
    report("县财政局", 2, "2025-Q3", "2025-10-09"),
    report("县财政局", 2, "2025-Q4", "2026-01-05"),
  ];
  for (const chunk of chunkForD1(rows, 11)) await d.insert(reports).values(chunk);

  const office = await tokenFor("office");
  const duties = await api("/api/v1/settings/reportDuties", {
    method: "PUT",
    token: office,
    json: { value: [1, 2].map((task) => ({ task, reporters: "all", cycle: null })) },
  });
  if (duties.status !== 200) throw new Error(`report duties refused: ${JSON.stringify(duties.body)}`);
  await adjustYear2025(office);
  return { office, ids };
}

/** The year's five adjustments, recorded through the API as the office would. */
export async function adjustYear2025(office: string) {
  const adjust = async (unit: string, kind: string, reason: string, date: string) => {
    const res = await api("/api/v1/assessment/2025/adjustments", { method: "POST", token: office, json: { unit, kind, reason, date } });
    if (res.status !== 201) throw new Error(`adjustment refused: ${JSON.stringify(res.body)}`);
  };
  await adjust("县法院", "通报表扬", "诉源治理成效明显", "2025-03-01");
  await adjust("县法院", "通报表扬", "破产案件协调高效", "2025-06-01");
  await adjust("县法院", "通报表扬", "执行联动配合积极", "2025-09-01");
  await adjust("县财政局", "问责", "协办事项逾期未办结", "2025-08-01");
  await adjust("司法局", "一票否决", "发生严重违纪造成恶劣影响", "2025-11-03");
}
