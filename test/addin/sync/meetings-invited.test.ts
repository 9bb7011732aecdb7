import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutOf } from "../../../addin/workbook/layouts";
import { callWorker, queryD1, startLocalWorker, tokensFor, type LocalWorker } from "../browser/harness";
import { joined, openSession, postMeeting, type Session } from "./registers-sync";

// The invited units of a stored meeting changed on 会议 and pushed with 提交修改 into the real
// worker's D1: a unit typed onto a row's 受邀单位 is invited, a row deleted takes its unit out, and a
// unit whose attendance is recorded stays (the pane says why, the row comes back).

let worker: LocalWorker;
let office: string;

beforeAll(async () => {
  worker = await startLocalWorker();
  ({ office } = await tokensFor(worker, { office: { role: "office" } }));
});
afterAll(async () => {
  await worker?.stop();
});

const meetingOf = (invited: string[]) => postMeeting(worker.origin, office, invited);

const rowsOf = (s: Session, meeting: number) => Array.from({ length: 60 }, (_, r) => r).filter((r) => s.value("meetings", r, "id") === meeting);
const rowOfUnit = (s: Session, meeting: number, unit: string) => rowsOf(s, meeting).find((r) => s.value("meetings", r, "unit") === unit)!;
const clear = (s: Session, row: number) => {
  for (const c of layoutOf("meetings").columns) s.type("meetings", row, c.key, "");
};
const invitedIn = async (meeting: number) =>
  (await queryD1<{ name: string }>(worker, sql`select u.name from meeting_attendees a join units u on u.id = a.unit_id where a.meeting_id = ${meeting} order by u.name`)).map((r) => r.name);

describe("invited units changed on 会议", () => {
  it("invites a unit typed onto a row's 受邀单位 and takes out the unit of a row deleted, one row per unit after the push", async () => {
    const id = await meetingOf(["县法院", "县财政局", "县税务局"]);
    const s = await openSession(worker.origin, office, "all");
    await s.pull();
    s.type("meetings", rowOfUnit(s, id, "县法院"), "unit", "县法院、县人社局");
    clear(s, rowOfUnit(s, id, "县税务局"));
    s.sent.length = 0;
    const lines = joined(await s.push());
    expect(lines).toContain("“会议”：已保存 1 行，删除 1 行");
    expect(s.sent).toEqual([{ method: "PATCH", path: `/api/v1/meetings/${id}`, body: { version: 1, invited: ["县法院", "县人社局", "县财政局"] } }]);
    expect(await invitedIn(id)).toEqual(["县人社局", "县法院", "县财政局"].sort());
    expect(rowsOf(s, id).map((r) => s.value("meetings", r, "unit")).sort()).toEqual(["县人社局", "县法院", "县财政局"].sort());
  });

  it("keeps a unit whose attendance is recorded when its row is deleted, says so, and puts the row back", async () => {
    const id = await meetingOf(["县法院", "县财政局"]);
    expect((await callWorker(worker.origin, office, `/api/v1/meetings/${id}/attendance`, { method: "PUT", json: { rows: [{ unit: "县法院", status: "出席" }] } })).status).toBe(200);
    const s = await openSession(worker.origin, office, "all");
    await s.pull();
    clear(s, rowOfUnit(s, id, "县法院"));
    const lines = joined(await s.push());
    expect(lines).toContain("受邀单位未修改：“县法院”已记录出席情况（出席），不能移出受邀单位");
    expect(await invitedIn(id)).toEqual(["县法院", "县财政局"].sort());
    expect(rowsOf(s, id).map((r) => s.value("meetings", r, "unit")).sort()).toEqual(["县法院", "县财政局"].sort());
  });
});
