import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "../helpers";
import { ensureCalendar2026, matterBody } from "../matters-fixtures";
import { changedTables, dbFingerprint } from "../db-fingerprint";
import { decide, type Action, type Role } from "../../../domain/access";
import { defaultScheme } from "../../../domain/assessment";

// Role × unit × task × operation: a write lands (2xx, some table changed) exactly where the access
// module allows it, and anywhere else the answer is 403/404 with every table as it was.

const unitNames = ["县法院", "县科商经信局", "县财政局", "县税务局", "县林业局"] as const;
const taskNos = [17, 18, 19, 20, 26] as const;
type Who = { role: Role; unit: string | null; token: string };

let who: Who[];
const responsible = new Map<number, string[]>();
beforeAll(async () => {
  await ensureCalendar2026();
  who = [
    { role: "office", unit: null, token: await tokenFor("office") },
    { role: "leader", unit: null, token: await tokenFor("leader") },
    ...(await Promise.all(unitNames.map(async (u) => ({ role: "unit" as const, unit: u, token: await tokenFor("unit", u) })))),
  ];
  await loadResponsible();
});

/** Who is responsible for each task, as the worker says now: an accepted edit_groups changes it. */
async function loadResponsible() {
  for (const no of taskNos) responsible.set(no, (await api(`/api/v1/tasks/${no}/responsible`, { token: who[0]!.token })).body.units);
}

const matterOps = ["settle_matter", "contribute_to_matter", "ask_extension"] as const;
const officeOps = ["create_matter", "record_adjustment", "edit_groups", "edit_scheme", "edit_calendar"] as const;
const operation = fc.constantFrom<Action>(...matterOps, ...officeOps, "submit_report_row");
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const scenario = fc.record({
  caller: fc.nat({ max: unitNames.length + 1 }),
  op: operation,
  task: pick(taskNos),
  lead: pick(unitNames),
  co: pick(unitNames),
  rowUnit: fc.option(pick(unitNames), { nil: undefined }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
let n = 0;
/** The request an operation sends, its expected decision, and what must be set up first. */
async function attempt(s: Scenario, c: Who) {
  n += 1;
  const office = who[0]!.token;
  if ((matterOps as readonly string[]).includes(s.op)) {
    const co: string[] = s.co === s.lead ? [] : [s.co];
    const m = await api("/api/v1/matters", { method: "POST", token: office, json: matterBody({ task: null, lead: s.lead, co, assigned: "2026-11-30" }) });
    expect(m.status).toBe(201);
    const relation = c.unit === s.lead ? "lead" : co.includes(c.unit ?? "") ? "co" : "none";
    const path = `/api/v1/matters/${m.body.id}${s.op === "ask_extension" ? "/extensions" : ""}`;
    const json =
      s.op === "settle_matter" ? { version: 1, settled: "2026-12-01", result: `办结${n}` }
      : s.op === "contribute_to_matter" ? { version: 1, contribution: `协办${n}` }
      : { version: 1, reason: `理由${n}`, days: 5 };
    return { allowed: decide(c.role, relation, s.op as (typeof matterOps)[number]).allowed, method: s.op === "ask_extension" ? "POST" : "PATCH", path, json };
  }
  if (s.op === "submit_report_row") {
    const forUnit = c.role === "unit" ? (s.rowUnit ?? c.unit!) : (s.rowUnit ?? unitNames[0]);
    const unitRelation = c.role === "unit" && forUnit === c.unit ? "own" : "other";
    const taskRelation = responsible.get(s.task)!.includes(forUnit) ? "responsible" : "none";
    const allowed = decide(c.role, unitRelation, "report_for_unit").allowed && decide(c.role, taskRelation, "submit_report_row").allowed;
    const row = { task: s.task, period: `${2001 + Math.floor(n / 4)}-Q${1 + (n % 4)}`, progress: `进展${n}`, ...(c.role !== "unit" || s.rowUnit ? { unit: forUnit } : {}) };
    return { allowed, method: "POST", path: "/api/v1/reports", json: { rows: [row] } };
  }
  const allowed = decide(c.role, "none", s.op as (typeof officeOps)[number]).allowed;
  switch (s.op) {
    case "create_matter":
      return { allowed, method: "POST", path: "/api/v1/matters", json: matterBody({ task: null, lead: s.lead, co: [], title: `事项${n}` }) };
    case "record_adjustment":
      return { allowed, method: "POST", path: "/api/v1/assessment/2026/adjustments", json: { unit: s.lead, kind: "通报表扬", reason: `表扬${n}`, date: "2026-03-02" } };
    case "edit_groups":
      return { allowed, method: "PUT", path: "/api/v1/groups/各成员单位", json: { members: [s.lead], note: `说明${n}` } };
    case "edit_scheme":
      return { allowed, method: "PUT", path: "/api/v1/assessment/2026/scheme", json: { ...defaultScheme, grades: [{ name: `优秀${n}`, min: 90 }, { name: "合格", min: null }] } };
    default:
      return { allowed, method: "PUT", path: "/api/v1/calendar/2090", json: { off: [], work: [], source: `通知${n}` } };
  }
}

describe("a write lands only where the access module allows it", () => {
  it("role × unit × task × operation", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const c = who[s.caller]!;
        const { allowed, method, path, json } = await attempt(s, c);
        const before = await dbFingerprint();
        const res = await api(path, { method, token: c.token, json });
        const changed = changedTables(before, await dbFingerprint());
        const seen = { op: s.op, role: c.role, unit: c.unit, status: res.status, changed: changed.length > 0 };
        if (allowed) expect(seen).toEqual({ ...seen, status: expect.toSatisfy((x: number) => x >= 200 && x < 300), changed: true });
        else expect(seen).toEqual({ ...seen, status: expect.toSatisfy((x: number) => x === 403 || x === 404), changed: false });
        if (s.op === "edit_groups" && changed.length > 0) await loadResponsible();
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
