import { api } from "../helpers";

/** A joint meeting body inviting the court, 县科商经信局 and 县财政局 (not 县税务局). */
export const meetingBody = (over: Record<string, unknown> = {}) => ({
  kind: "联席会议",
  date: "2026-03-10",
  convener: "县长 王某",
  place: "县政府第一会议室",
  invited: ["县法院", "县科商经信局", "县财政局"],
  ...over,
});

/** Minutes with three decisions; the second one's co-unit written by its alias. */
export const minutesBody = (number: string, over: Record<string, unknown> = {}) => ({
  number,
  date: "2026-03-12",
  decisions: [
    { no: 1, text: "建立破产案件财产处置联动机制", lead: "县法院", co: ["县财政局"] },
    { no: 2, text: "梳理涉企执行案件清单", lead: "县财政局", co: ["县经信局"], days: 15 },
    { no: 3, text: "完善府院联动信息共享平台", lead: "县科商经信局", co: [] },
  ],
  ...over,
});

/** Creates a meeting as the office and records its minutes; returns the meeting's id. */
export async function meetingWithMinutes(office: string, number: string, over: Record<string, unknown> = {}): Promise<number> {
  const m = await api("/api/v1/meetings", { method: "POST", token: office, json: meetingBody(over) });
  if (m.status !== 201) throw new Error(`meeting: ${m.status} ${JSON.stringify(m.body)}`);
  const r = await api(`/api/v1/meetings/${m.body.id}/minutes`, { method: "PUT", token: office, json: minutesBody(number) });
  if (r.status !== 200) throw new Error(`minutes: ${r.status} ${JSON.stringify(r.body)}`);
  return m.body.id;
}
