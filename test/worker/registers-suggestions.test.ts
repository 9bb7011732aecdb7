import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, settings } from "../../schema/tables";
import { api, db, tokenFor } from "./helpers";
import { suggestionRepliesByUnit } from "../../worker/suggestions/suggestions-queries";

let office: string, leader: string, court: string, market: string, finance: string;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  court = await tokenFor("unit", "县法院");
  market = await tokenFor("unit", "县市场监管局");
  finance = await tokenFor("unit", "县财政局");
});

let n = 0;
const suggestion = (over: Record<string, unknown> = {}) => ({ no: `（2026）皖1524司建${++n}号`, issuedOn: "2026-09-01", addressee: "县市场监管局", subject: "食品经营许可审查存在漏洞", kind: "监管漏洞", ...over });
const issue = (json: unknown, token = court) => api("/api/v1/suggestions", { method: "POST", token, json });
const reply = (id: number, json: unknown, token = market) => api(`/api/v1/suggestions/${id}/reply`, { method: "POST", token, json });

describe("司法建议 register", () => {
  it("issues with the default limit of 60 days (the setting) and shows the reply state", async () => {
    const r = await issue(suggestion());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ replyDays: 60, replyBy: "2026-10-31", replyState: "已逾期未回复", onTime: false, version: 1 });
    await db().insert(settings).values({ key: "suggestionReplyDays", value: 30 }).onConflictDoUpdate({ target: settings.key, set: { value: 30 } });
    const s = await issue(suggestion({ issuedOn: "2026-11-20" }));
    expect(s.body).toMatchObject({ replyDays: 30, replyBy: "2026-12-20", replyState: "待回复", onTime: null });
    await db().delete(settings).where(eq(settings.key, "suggestionReplyDays"));
  });

  it("lets only the court and the office issue; an unknown addressee is refused naming the column", async () => {
    const byUnit = await issue(suggestion(), market);
    expect(byUnit.status).toBe(403);
    expect(byUnit.body.error.message).toBe("司法建议由县法院或办公室录入");
    expect((await issue(suggestion(), leader)).status).toBe(403);
    expect((await issue(suggestion(), office)).status).toBe(201);
    const unknown = await issue(suggestion({ addressee: "县火星局" }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details[0]).toMatchObject({ column: "addressee", code: "unknown_unit" });
    const kind = await issue(suggestion({ kind: "建议" }));
    expect(kind.body.error.details[0]).toMatchObject({ column: "kind" });
  });

  it("refuses a number already registered (409)", async () => {
    const first = await issue(suggestion({ no: "（2026）皖1524司建99号" }));
    expect(first.status).toBe(201);
    const again = await issue(suggestion({ no: "（2026）皖1524司建99号" }));
    expect(again.status).toBe(409);
    expect(again.body.error.details[0]).toMatchObject({ column: "no", code: "taken" });
  });

  it("lets the addressee reply (not the court, not another unit), requires a reason for 未采纳, and judges it late after the limit", async () => {
    const s = (await issue(suggestion())).body;
    expect((await reply(s.id, { version: 1, repliedOn: "2026-10-20", adoption: "采纳", reply: "已整改" }, court)).status).toBe(403);
    expect((await reply(s.id, { version: 1, repliedOn: "2026-10-20", adoption: "采纳", reply: "已整改" }, finance)).status).toBe(404);
    expect((await api(`/api/v1/suggestions/${s.id}`, { token: finance })).status).toBe(404);
    const noReason = await reply(s.id, { version: 1, repliedOn: "2026-10-20", adoption: "未采纳", reply: "不予采纳" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details[0]).toMatchObject({ column: "reason", code: "required" });
    const early = await reply(s.id, { version: 1, repliedOn: "2026-08-20", adoption: "采纳", reply: "已整改" });
    expect(early.body.error.details[0]).toMatchObject({ column: "repliedOn", code: "before_issued" });
    const late = await reply(s.id, { version: 1, repliedOn: "2026-11-02", adoption: "部分采纳", reply: "部分整改" });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ replyState: "逾期回复", onTime: false, adoption: "部分采纳", version: 2 });
    const stale = await reply(s.id, { version: 1, repliedOn: "2026-10-30", adoption: "采纳", reply: "改" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2 });
    const log = await db().select().from(changeLog).where(and(eq(changeLog.entity, "suggestions"), eq(changeLog.entityId, String(s.id))));
    expect(log.map((l) => [l.action, l.actor])).toEqual([["insert", "unit:县法院"], ["reply", "unit:县市场监管局"]]);
  });

  it("counts reply rate, replies on time and adoption per unit; a late reply lowers the on-time figure", async () => {
    const addressee = "县人社局";
    const hr = await tokenFor("unit", addressee);
    const a = (await issue(suggestion({ addressee, issuedOn: "2026-07-01" }))).body; // limit 2026-08-30
    const b = (await issue(suggestion({ addressee, issuedOn: "2026-07-01" }))).body;
    await issue(suggestion({ addressee, issuedOn: "2026-07-01" })); // never replied: past its limit
    await issue(suggestion({ addressee, issuedOn: "2026-11-25" })); // within its limit: not judged yet
    await reply(a.id, { version: 1, repliedOn: "2026-08-30", adoption: "采纳", reply: "已整改" }, hr);
    await reply(b.id, { version: 1, repliedOn: "2026-08-31", adoption: "未采纳", reply: "不予采纳", reason: "无法律依据" }, hr);
    const stats = await api("/api/v1/suggestions/stats?period=2026", { token: leader });
    expect(stats.body.units.find((u: { unit: string }) => u.unit === addressee)).toEqual({
      unit: addressee, issued: 4, due: 3, replied: 2, onTime: 1, adopted: 1, partly: 0, replyRate: 0.6667, onTimeRate: 0.3333, adoptionRate: 0.5,
    });
    const own = await api("/api/v1/suggestions/stats?period=2026", { token: hr });
    expect(own.body.units.map((u: { unit: string }) => u.unit)).toEqual([addressee]);
    const fig = await suggestionRepliesByUnit(db(), { from: "2026-01-01", to: "2026-12-31" }, "2026-12-01");
    expect(fig.find((f) => f.unit === addressee)?.onTimeRate).toBe(0.3333);
  });
});
