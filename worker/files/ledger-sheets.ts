import type { Db } from "../platform/db";
import type { Caller } from "../platform/env";
import { unitScope } from "../platform/access";
import { loadDirectory } from "../platform/directory";
import { resolveUnitName } from "../../domain/responsibility";
import { loadTasks } from "../tasks/tasks-queries";
import { listMatters } from "../matters/matters-queries";
import { matterToWire, stateContext } from "../matters/matter-to-wire";
import { listReports } from "../reports/reports-queries";
import { listCalendarYears } from "../calendar/calendar-queries";
import { assessYear } from "../assessment/assess-year";

/** One printed sheet: its name, columns (header and width in characters) and rows of plain values. */
export interface LedgerSheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number | null)[][];
}

const yes = (b: boolean | null) => (b === null ? "" : b ? "是" : "否");

/**
 * The sheets of the ledger the caller may see, with the add-in's names and headers (重点工作,
 * 成员单位, 督办事项, 进展报送, 节假日, 考评汇总): a unit gets its own matters, reports and
 * assessment entry, as the API lists them to it; phones are left out, as everywhere but the
 * office's and leaders' views.
 */
export async function ledgerSheets(db: Db, caller: Caller, today: string): Promise<LedgerSheet[]> {
  const year = Number(today.slice(0, 4));
  const matterUnit = unitScope(caller, "see_matter");
  const reportUnit = unitScope(caller, "see_report");
  const entryUnit = unitScope(caller, "see_assessment_entry");
  const [directory, tasks, matters, ctx, reports, calendar, assessment] = await Promise.all([
    loadDirectory(db),
    loadTasks(db),
    listMatters(db, { unitId: matterUnit }),
    stateContext(db, today),
    listReports(db, { unitId: reportUnit }),
    listCalendarYears(db),
    assessYear(db, year, today),
  ]);
  const unitName = new Map(directory.units.map((u) => [u.id, u.name]));
  const groupName = new Map(directory.groups.map((g) => [g.id, g.name]));
  const entries = entryUnit === undefined ? assessment.entries : assessment.entries.filter((e) => resolveUnitName(e.unit, directory)?.id === entryUnit);
  const respName = (r: { unitId: number | null; groupId: number | null }) => (r.unitId !== null ? unitName.get(r.unitId)! : groupName.get(r.groupId!)!);
  return [
    {
      name: "重点工作",
      columns: [col("序号", 6), col("领域", 10), col("重点工作", 30), col("牵头单位", 14), col("责任单位", 30), col("任务内容", 60)],
      rows: tasks.map((t) => [t.no, t.domain, t.title, t.responsibilities[0] ? respName(t.responsibilities[0]) : "", t.responsibilities.map(respName).join("、"), t.text]),
    },
    {
      name: "成员单位",
      columns: [col("单位名称", 18), col("类别", 12), col("联席会议成员", 10), col("别名", 26), col("所属统称", 26)],
      rows: directory.units.map((u) => [
        u.name,
        u.kind,
        yes(u.member),
        directory.aliases.filter((a) => a.unitId === u.id).map((a) => a.alias).join("、"),
        directory.groups.filter((g) => g.memberIds.includes(u.id)).map((g) => g.name).join("、"),
      ]),
    },
    {
      name: "督办事项",
      columns: [col("编号", 6), col("事项名称", 30), col("任务序号", 8), col("来源", 10), col("牵头单位", 14), col("协办单位", 20), col("交办日期", 11), col("时限（工作日）", 8), col("截止日期", 11), col("办结日期", 11), col("办理结果", 30), col("状态", 8), col("时限状态", 9), col("按期办结", 8)],
      rows: matters.map((m) => matterToWire(m, ctx)).map((m) => [m.id, m.title, m.task, m.source, m.lead, m.co.join("、"), m.assigned, m.days, m.deadline, m.settled, m.result, m.status, m.state, yes(m.onTime)]),
    },
    {
      name: "进展报送",
      columns: [col("编号", 6), col("报送单位", 14), col("任务序号", 8), col("报送期次", 10), col("工作进展", 50), col("存在问题", 30), col("下步计划", 30), col("报送日期", 11)],
      rows: reports.map((r) => [r.id, r.unit, r.task, r.period, r.progress, r.problems, r.plan, r.submittedOn]),
    },
    {
      name: "节假日",
      columns: [col("日期", 12), col("类型", 10), col("年份", 8), col("依据", 50)],
      rows: calendar.flatMap((y) =>
        [...y.off.map((d) => [d, "放假"] as const), ...y.work.map((d) => [d, "调休上班"] as const)]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([d, kind]) => [d, kind, y.year, y.source]),
      ),
    },
    {
      name: "考评汇总",
      columns: [col("排名", 6), col("单位", 18), col("得分", 8), col("等次", 8), ...assessment.scheme.indicators.map((i) => col(i.name, 14)), col("加减分", 30)],
      rows: [...entries]
        .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
        .map((e) => [
          e.rank,
          e.unit,
          e.score,
          e.grade,
          ...assessment.scheme.indicators.map((i) => {
            const b = e.breakdown.find((x) => x.indicator === i.name);
            return b && b.rate !== null ? `${b.numerator}/${b.denominator}（${b.points}分）` : "—";
          }),
          e.adjustments.map((a) => `${a.kind}${a.points > 0 ? "+" : ""}${a.points}（${a.reason}）`).join("；"),
        ]),
    },
  ];
}

const col = (header: string, width: number) => ({ header, width });
