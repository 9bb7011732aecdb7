import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { api, db } from "./helpers";
import { callers, ensureCalendar2026 } from "./matters-fixtures";

let t: Awaited<ReturnType<typeof callers>>;
beforeAll(async () => {
  await ensureCalendar2026();
  t = await callers();
});

describe("a matter's whole life through the API", () => {
  it("goes from creation through a contribution, an approved extension a settlement and its review, each step versioned and logged", async () => {
    const created = await api("/api/v1/matters", {
      method: "POST",
      token: t.office,
      json: { title: "联席会议纪要第3项：欠薪案件执行协调", task: 22, source: "会议纪要", sourceRef: "纪要〔2026〕3号", lead: "县税务局", co: ["县经信局"], assigned: "2026-04-30" },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ deadline: "2026-05-18", version: 1, resolved: [{ written: "县经信局", unit: "县科商经信局" }] });

    const noted = await api(`/api/v1/matters/${id}`, { method: "PATCH", token: t.econ, json: { version: 1, contribution: "已提供企业经营数据" } });
    expect(noted.body.version).toBe(2);

    const asked = await api(`/api/v1/matters/${id}/extensions`, { method: "POST", token: t.tax, json: { version: 2, reason: "需税务稽查配合", days: 3 } });
    expect(asked.status).toBe(201);

    const approved = await api(`/api/v1/matters/${id}/extensions/${asked.body.extensions[0].id}`, {
      method: "PATCH",
      token: t.office,
      json: { version: 3, decision: "批准" },
    });
    expect(approved.body).toMatchObject({ deadline: "2026-05-21", originalDeadline: "2026-05-18", version: 4 });

    const settled = await api(`/api/v1/matters/${id}`, { method: "PATCH", token: t.tax, json: { version: 4, settled: "2026-05-20", result: "欠薪已全部兑付" } });
    expect(settled.body).toMatchObject({ status: "待审核", onTime: true, state: "待审核", version: 5 });

    const reviewed = await api(`/api/v1/matters/${id}/review`, { method: "POST", token: t.office, json: { version: 5, decision: "通过" } });
    expect(reviewed.body).toMatchObject({ status: "已办结", onTime: true, state: "按期办结", version: 6 });

    const listed = await api(`/api/v1/matters?status=${encodeURIComponent("已办结")}`, { token: t.econ });
    expect(listed.body.matters).toEqual([
      expect.objectContaining({ id, contributions: [expect.objectContaining({ unit: "县科商经信局", contribution: "已提供企业经营数据" })] }),
    ]);

    const log = await db()
      .select({ action: changeLog.action, actor: changeLog.actor })
      .from(changeLog)
      .where(and(eq(changeLog.entity, "matters"), eq(changeLog.entityId, String(id))))
      .orderBy(asc(changeLog.id));
    expect(log).toEqual([
      { action: "insert", actor: "office" },
      { action: "contribute", actor: "unit:县科商经信局" },
      { action: "extension_request", actor: "unit:县税务局" },
      { action: "extension_approve", actor: "office" },
      { action: "settle", actor: "unit:县税务局" },
      { action: "review_pass", actor: "office" },
    ]);
  });
});
