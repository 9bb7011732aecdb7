import { describe, expect, it } from "vitest";
import { attendanceGroups, attendanceInput } from "../../../addin/sync/push-attendance";
import { topicRequest } from "../../../addin/sync/push-topics";
import { approvalRequest, partyOf } from "../../../addin/sync/push-research";
import { decisionRows, meetingRows, topicRows } from "../../../addin/sync/meetings-shape";
import { invitedUnits, meetingPlan } from "../../../addin/sync/push-meetings";
import { minutesPlan } from "../../../addin/sync/push-minutes";
import { parseMember } from "../../../addin/sync/taskforce-members";
import { researchRows } from "../../../addin/sync/mechanisms-shape";
import { mergePulled, unsubmitted } from "../../../addin/sync/pull-merge";
import { changedRows, ROW_INDEX } from "../../../addin/workbook";
import type { MeetingWire } from "../../../schema/contracts/meetings";
import type { ResearchWire } from "../../../schema/contracts/research";

// What 提交修改 sends from 会议, 议题 and 联合调研, decided from the sheet rows before any request.

const onSheet = (rows: Record<string, unknown>[]): Record<string, unknown>[] => rows.map((r, i) => ({ ...r, [ROW_INDEX]: i }));
const meeting = (id: number, units: string[]): MeetingWire => ({
  id,
  kind: "联席会议",
  date: "2026-03-10",
  convener: "县长 王某",
  place: "县政府第一会议室",
  invited: units.map((unit) => ({ unit, status: null, delegate: null })),
  agenda: [],
  minutes: null,
  version: 1,
});

describe("会议: attendance rows by meeting", () => {
  const pulled = meetingRows([meeting(1, ["县法院", "县财政局"]), meeting(2, ["县法院", "县人社局"])]);

  it("sends only the rows whose 出席情况 or 委派代表 changed, one request per meeting, in sheet order", () => {
    const current = onSheet(pulled.map((r) => ({ ...r })));
    current[1]!.attendance = "委派代表出席";
    current[1]!.delegate = "李四";
    current[2]!.attendance = "请假";
    current[3]!.attendance = "缺席";
    const changed = changedRows(current, pulled, "meetings").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    const { groups, refusals } = attendanceGroups(changed);
    expect(refusals).toEqual([]);
    expect(groups.map((g) => [g.meeting, g.rows.map((r) => attendanceInput(r.row))])).toEqual([
      [1, [{ unit: "县财政局", status: "委派代表出席", delegate: "李四" }]],
      [2, [{ unit: "县法院", status: "请假" }, { unit: "县人社局", status: "缺席" }]],
    ]);
  });

  it("refuses in place a row typed by hand and a status emptied, naming the column", () => {
    const current = onSheet([...pulled.map((r) => ({ ...r })), { key: "", id: null, unit: "县公安局", attendance: "出席", delegate: "" }]);
    current[0]!.attendance = "出席";
    current[0]!.delegate = "王五";
    const cleared = { ...current[1]!, delegate: "赵六" };
    current[1] = cleared;
    const changed = changedRows(current, pulled, "meetings").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    const { groups, refusals } = attendanceGroups(changed);
    expect(refusals.map((r) => [r.rowKey, r.column])).toEqual([[1, "attendance"], [4, "unit"]]);
    expect(refusals[1]!.message).toContain("不能在表中新增行");
    // The delegate without 委派代表出席 goes to the server, which judges the pair.
    expect(groups.map((g) => [g.meeting, g.rows.map((r) => r.index)])).toEqual([[1, [0]]]);
  });

  it("keeps typed attendance over a pull and counts it as not yet submitted", () => {
    const current = onSheet(pulled.map((r) => ({ ...r })));
    current[0]!.attendance = "出席";
    expect(unsubmitted("meetings", current, pulled).map((r) => r.key)).toEqual(["1/县法院"]);
    const fresh = meetingRows([meeting(1, ["县法院", "县财政局"]), meeting(2, ["县法院", "县人社局"]), meeting(3, ["县法院"])]);
    const merged = mergePulled("meetings", fresh, current, pulled);
    expect(merged.rows.map((r) => r && [r.key, r.attendance])).toEqual([
      ["1/县法院", "出席"],
      ["1/县财政局", ""],
      ["2/县法院", ""],
      ["2/县人社局", ""],
      ["3/县法院", ""],
    ]);
    expect(merged.conflicts).toEqual([]);
  });
});

describe("议题: a proposal or a decision per row", () => {
  const pulled = topicRows([{ id: 7, title: "涉企破产案件财产处置", description: "税费问题", proposer: "县法院", meeting: 3, status: "待处理", reason: null }]);

  it("proposes a new row with its title, description and meeting number as typed", () => {
    expect(topicRequest({ id: null, title: "行政复议衔接", description: "复议与诉讼衔接", meeting: 5 }, undefined)).toEqual({
      kind: "propose",
      body: { title: "行政复议衔接", description: "复议与诉讼衔接", meeting: 5 },
    });
    expect(topicRequest({ id: null, title: "无会议的议题", description: "说明", meeting: null }, undefined)).toEqual({ kind: "propose", body: { title: "无会议的议题", description: "说明" } });
  });

  it("decides an existing row by its 处理结果, with the meeting and the reason typed", () => {
    expect(topicRequest({ ...pulled[0]!, status: "不予采纳", reason: "已列入年度计划" }, pulled[0])).toEqual({
      kind: "decide",
      topic: 7,
      body: { decision: "不予采纳", meeting: 3, reason: "已列入年度计划" },
    });
  });

  it("refuses in place a changed title, and a reason typed without a 处理结果", () => {
    const retitled = topicRequest({ ...pulled[0]!, title: "改过的议题" }, pulled[0]);
    expect(retitled).toMatchObject({ kind: "refuse", refusals: [{ column: "title" }] });
    const noDecision = topicRequest({ ...pulled[0]!, reason: "理由" }, pulled[0]);
    expect(noDecision).toMatchObject({ kind: "refuse", refusals: [{ column: "status", message: "请在“处理结果”列选择“列入议程”或“不予采纳”后再提交" }] });
  });
});

describe("联合调研: a party answers on its own row", () => {
  const item: ResearchWire = {
    id: 4,
    topic: "破产案件府院协调中的共性问题",
    lead: "县法院",
    units: ["办公室", "县法院", "县财政局"],
    status: "调研中",
    docNo: null,
    issuedOn: null,
    version: 3,
    draft: { version: 2, kind: "调研报告", title: "调研报告（二稿）", text: "……", attachment: null, on: "2026-03-02", approvalsDue: "2026-03-16", provisional: false },
    approvals: ["办公室", "县法院", "县财政局"].map((unit) => ({ unit, decision: null, opinion: null, on: null, onTime: null })),
    pending: ["办公室", "县法院", "县财政局"],
  };
  const [office, court, finance] = researchRows([item]);

  it("answers as the caller's party with the draft version the row shows", () => {
    expect(partyOf({ role: "unit", unit: "县财政局" })).toBe("县财政局");
    expect(partyOf({ role: "office", unit: null })).toBe("办公室");
    expect(approvalRequest({ ...finance!, decision: "不同意", opinion: "第三部分需补充数据" }, "县财政局")).toEqual({
      kind: "approve",
      item: 4,
      body: { decision: "不同意", opinion: "第三部分需补充数据", draftVersion: 2 },
    });
    expect(approvalRequest({ ...office!, decision: "同意" }, "办公室")).toEqual({ kind: "approve", item: 4, body: { decision: "同意", draftVersion: 2 } });
  });

  it("refuses another party's row, naming it, and an answer left at 待审定", () => {
    expect(approvalRequest({ ...court!, decision: "同意" }, "县财政局")).toEqual({
      kind: "refuse",
      refusal: { column: "decision", message: "只能填写本单位的审定意见，本行是“县法院”的审定", kind: "forbidden" },
    });
    expect(approvalRequest({ ...finance!, opinion: "意见" }, "县财政局")).toMatchObject({ kind: "refuse", refusal: { column: "decision", kind: "invalid" } });
  });
});

describe("会议: a new meeting and a correction, decided from the rows", () => {
  const pulled = meetingRows([meeting(1, ["县法院", "县财政局"])]);
  const changedOf = (current: Record<string, unknown>[]) => changedRows(current, pulled, "meetings").map((row) => ({ index: row[ROW_INDEX] as number, row }));

  it("reads the invited units of one cell split on 、 and the other list separators", () => {
    expect(invitedUnits("县法院、县财政局，县经信局; 县司法局")).toEqual(["县法院", "县财政局", "县经信局", "县司法局"]);
  });

  it("patches a field changed on one row with the version read; refuses two rows that disagree", () => {
    const current = onSheet(pulled.map((r) => ({ ...r })));
    current[0]!.place = "县政府第二会议室";
    expect(meetingPlan(changedOf(current), pulled).patches).toEqual([{ meeting: 1, rows: [0], body: { version: 1, place: "县政府第二会议室" } }]);
    current[1]!.place = "县法院";
    const split = meetingPlan(changedOf(current), pulled);
    expect(split.patches).toEqual([]);
    expect(split.refusals.map((r) => [r.rowKey, r.column])).toEqual([[0, "place"], [1, "place"]]);
  });

  it("sends the whole new list of invited units: a unit typed over a row's, a row added under the meeting, a row deleted", () => {
    const replaced = onSheet(pulled.map((r) => ({ ...r })));
    replaced[1]!.unit = "县司法局";
    expect(meetingPlan(changedOf(replaced), pulled, replaced)).toMatchObject({ refusals: [], patches: [{ meeting: 1, rows: [1], body: { version: 1, invited: ["县法院", "县司法局"] } }] });
    const added = onSheet([...pulled.map((r) => ({ ...r })), { id: 1, unit: "县人社局、县医保局" }]);
    expect(meetingPlan(changedOf(added), pulled, added).patches).toEqual([{ meeting: 1, rows: [2], body: { version: 1, invited: ["县法院", "县财政局", "县人社局", "县医保局"] } }]);
    const deleted = onSheet([{ ...pulled[0]! }]);
    expect(meetingPlan(changedOf(deleted), pulled, deleted).patches).toEqual([{ meeting: 1, rows: [], body: { version: 1, invited: ["县法院"] } }]);
  });

  it("sends a field change and an invitation change of one meeting in one patch, and never an empty list", () => {
    const both = onSheet(pulled.map((r) => ({ ...r })));
    both[0]!.place = "县政府第二会议室";
    both[1]!.unit = "县司法局";
    expect(meetingPlan(changedOf(both), pulled, both).patches).toEqual([{ meeting: 1, rows: [0, 1], body: { version: 1, place: "县政府第二会议室", invited: ["县法院", "县司法局"] } }]);
    const none = onSheet([]);
    const plan = meetingPlan(changedOf(none), pulled, none);
    expect(plan.patches).toEqual([]);
    expect(plan.notes).toEqual(["会议 1 的受邀单位不能全部删除，未提交；已按服务器数据恢复。"]);
  });

  it("refuses a row typed under a meeting number no meeting has, on 会议编号", () => {
    const stray = onSheet([...pulled.map((r) => ({ ...r })), { id: 9, unit: "县人社局" }]);
    expect(meetingPlan(changedOf(stray), pulled, stray).refusals).toEqual([
      { rowKey: 2, column: "id", message: "没有编号为 9 的会议，请从下拉列表中选择，或留空以登记新会议", kind: "refused" },
    ]);
  });
});

describe("会议决定: the minutes of a meeting, whole", () => {
  const pulled = decisionRows([
    {
      ...meeting(4, ["县法院"]),
      minutes: { number: "金府院纪〔2026〕3号", date: "2026-03-12", decisions: [{ no: 1, text: "建立会商机制", lead: "县法院", co: [], days: 10, matter: null }] },
    },
  ]);

  it("sends every row of the meeting, a new row following the number and date of the others", () => {
    const current = onSheet([...pulled.map((r) => ({ ...r })), { meeting: 4, no: 2, text: "梳理清单", lead: "县财政局", co: ["县法院"], days: null }]);
    const changed = changedRows(current, pulled, "decisions").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    expect(minutesPlan(changed, pulled, current)).toEqual({
      refusals: [],
      removals: [],
      requests: [
        {
          meeting: 4,
          rows: [0, 1],
          changed: [1],
          body: {
            number: "金府院纪〔2026〕3号",
            date: "2026-03-12",
            decisions: [
              { no: 1, text: "建立会商机制", lead: "县法院", co: [], days: 10 },
              { no: 2, text: "梳理清单", lead: "县财政局", co: ["县法院"] },
            ],
          },
        },
      ],
    });
  });

  it("refuses changed rows that give the meeting two minutes numbers, and a row without 会议编号", () => {
    const current = onSheet([
      { ...pulled[0]!, minutesNo: "金府院纪〔2026〕4号" },
      { meeting: 4, minutesNo: "金府院纪〔2026〕5号", no: 2, text: "梳理清单", lead: "县财政局", co: [] },
      { meeting: null, no: 3, text: "另一项", lead: "县法院", co: [] },
    ]);
    const changed = changedRows(current, pulled, "decisions").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    const plan = minutesPlan(changed, pulled, current);
    expect(plan.requests).toEqual([]);
    expect(plan.refusals.map((r) => [r.rowKey, r.column])).toEqual([[2, "meeting"], [0, "minutesNo"], [1, "minutesNo"]]);
  });
});

describe("会议决定: rows deleted from the sheet", () => {
  const decision = (no: number, text: string) => ({ no, text, lead: "县法院", co: [], days: 10, matter: null });
  const pulled = decisionRows([
    { ...meeting(5, ["县法院"]), minutes: { number: "金府院纪〔2026〕8号", date: "2026-03-12", decisions: [decision(1, "建立会商机制"), decision(2, "梳理清单")] } },
    { ...meeting(6, ["县法院"]), minutes: { number: "金府院纪〔2026〕9号", date: "2026-03-13", decisions: [decision(1, "联合调研")] } },
  ]);

  it("sends a meeting whose row was deleted without that decision, and removes the minutes of a meeting with no row left", () => {
    const current = onSheet([{ ...pulled[0]! }]);
    const changed = changedRows(current, pulled, "decisions").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    expect(changed).toEqual([]);
    const plan = minutesPlan(changed, pulled, current);
    expect(plan.refusals).toEqual([]);
    expect(plan.requests).toEqual([
      { meeting: 5, rows: [0], changed: [], body: { number: "金府院纪〔2026〕8号", date: "2026-03-12", decisions: [{ no: 1, text: "建立会商机制", lead: "县法院", co: [], days: 10 }] } },
    ]);
    expect(plan.removals).toEqual([{ meeting: 6, rows: 1 }]);
  });

  it("keeps the minutes of a meeting whose rows were only moved to another meeting", () => {
    const current = onSheet([pulled[0]!, pulled[1]!, { ...pulled[2]!, meeting: 5, no: 3 }]);
    const changed = changedRows(current, pulled, "decisions").map((row) => ({ index: row[ROW_INDEX] as number, row }));
    const plan = minutesPlan(changed, pulled, current);
    expect(plan.removals).toEqual([]);
    expect(plan.requests.map((r) => r.meeting)).toEqual([5]);
  });
});

describe("专班: members typed by name", () => {
  it("reads 姓名, 姓名（单位） and the sheet's own 姓名（单位·方）", () => {
    expect(parseMember("陈静")).toEqual({ name: "陈静", unit: null, side: null, person: null });
    expect(parseMember("周建国（县财政局）")).toEqual({ name: "周建国", unit: "县财政局", side: null, person: null });
    expect(parseMember("陈静(县法院·法院)")).toEqual({ name: "陈静", unit: "县法院", side: "法院", person: null });
    expect(parseMember("人员12（县法院·法院）")).toMatchObject({ person: 12 });
  });
});
