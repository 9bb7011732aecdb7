import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutOf } from "../../../addin/workbook/layouts";
import { callWorker, queryD1, startLocalWorker, tokensFor, type LocalWorker } from "../browser/harness";
import { joined, openSession, postMeeting, type Session } from "./registers-sync";

// 会议决定 rows deleted in Excel, pushed with 提交修改 into the real worker's D1: a meeting that keeps
// other rows is sent whole without the deleted decision; a meeting with no row left has its minutes
// removed; a removal the server refuses (a decision already a matter) is said in the pane, and the
// rows come back from the server.

let worker: LocalWorker;
let office: string;

beforeAll(async () => {
  worker = await startLocalWorker();
  ({ office } = await tokensFor(worker, { office: { role: "office" } }));
});
afterAll(async () => {
  await worker?.stop();
});

async function meetingWithMinutes(number: string, decisions: string[]): Promise<number> {
  const id = await postMeeting(worker.origin, office, ["县法院", "县财政局"]);
  const minutes = { number, date: "2026-03-21", decisions: decisions.map((text, i) => ({ no: i + 1, text, lead: "县法院", co: ["县财政局"] })) };
  expect((await callWorker(worker.origin, office, `/api/v1/meetings/${id}/minutes`, { method: "PUT", json: minutes })).status).toBe(200);
  return id;
}

/** The 会议决定 rows of one meeting, as body row numbers. */
const rowsOf = (s: Session, meeting: number) => Array.from({ length: 60 }, (_, r) => r).filter((r) => s.value("decisions", r, "meeting") === meeting);
/** A row cleared as a clerk deletes it: every cell blank. */
const clear = (s: Session, row: number) => {
  for (const c of layoutOf("decisions").columns) s.type("decisions", row, c.key, "");
};
const decisionsIn = (meeting: number) => queryD1<{ no: number; text: string }>(worker, sql`select no, text from meeting_decisions where meeting_id = ${meeting} order by no`);

describe("会议决定 rows deleted on the sheet", () => {
  it("sends the meeting without the deleted decision and removes the minutes of a meeting whose every row was deleted", async () => {
    const kept = await meetingWithMinutes("金府院纪〔2026〕21号", ["建立会商机制", "梳理涉企案件清单"]);
    const emptied = await meetingWithMinutes("金府院纪〔2026〕22号", ["开展联合调研"]);
    const s = await openSession(worker.origin, office, "all");
    await s.pull();
    const [, second] = rowsOf(s, kept);
    clear(s, second!);
    clear(s, rowsOf(s, emptied)[0]!);
    s.sent.length = 0;
    const lines = joined(await s.push());
    expect(lines).toContain("“会议决定”：已保存 0 行，删除 2 行");
    expect(lines).toContain(`会议 ${emptied} 的纪要已删除（1 项决定）`);
    expect(s.sent.map((x) => `${x.method} ${x.path}`)).toEqual([`PUT /api/v1/meetings/${kept}/minutes`, `DELETE /api/v1/meetings/${emptied}/minutes`]);
    expect(await decisionsIn(kept)).toEqual([{ no: 1, text: "建立会商机制" }]);
    expect(await decisionsIn(emptied)).toEqual([]);
    expect(await queryD1(worker, sql`select minutes_no from meetings where id = ${emptied}`)).toEqual([{ minutes_no: null }]);
    // The sheet shows what the server has now: the kept decision, no row of the emptied meeting.
    expect(rowsOf(s, kept).map((r) => s.value("decisions", r, "text"))).toEqual(["建立会商机制"]);
    expect(rowsOf(s, emptied)).toEqual([]);
    await s.pull();
    expect(rowsOf(s, emptied)).toEqual([]);
  });

  it("says so when the server keeps minutes whose decision is a matter, and puts the row back", async () => {
    const id = await meetingWithMinutes("金府院纪〔2026〕23号", ["协调执行联动"]);
    const turned = await callWorker(worker.origin, office, `/api/v1/meetings/${id}/matters`, { method: "POST", json: { decisions: [1], assigned: "2026-03-24" } });
    expect(turned.status).toBe(201);
    const s = await openSession(worker.origin, office, "all");
    await s.pull();
    clear(s, rowsOf(s, id)[0]!);
    const lines = joined(await s.push());
    expect(lines).toContain(`会议 ${id} 的纪要未删除：第1项决定已转为督办事项`);
    expect(lines).toContain("已按服务器数据恢复该会议的决定");
    expect(await decisionsIn(id)).toEqual([{ no: 1, text: "协调执行联动" }]);
    expect(rowsOf(s, id).map((r) => s.value("decisions", r, "text"))).toEqual(["协调执行联动"]);
  });
});
