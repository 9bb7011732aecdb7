import { describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { assessmentAdjustments, assessmentSchemes, changeLog } from "../../schema/tables";
import { defaultScheme } from "../../domain/assessment";
import { env } from "cloudflare:workers";
import { api, db, tokenFor } from "./helpers";

// Real concurrency: a close and an edit in flight at once through the worker's fetch handler,
// against the real local D1. Requests started together interleave at each database round trip;
// one started by a timer instead waits here until those in flight are done, so the rounds use
// no timers. Each round starts the close at once and the edit only after `lag` database round
// trips of its own; sweeping the lag moves the edit across every phase of the close: stored
// before the close reads, stored while it computes its figures (the close must then refuse,
// `unchangedSince`), reading the year open just before the close is stored and writing after
// it (the edit must then refuse, `yearIsOpen`), and after it. Each guard in
// worker/assessment/statement-guards.ts, taken out, fails one of the rounds.

const UNIT = "县法院";

function client(token: string, year: number) {
  const adjust = (reason: string) =>
    api(`/api/v1/assessment/${year}/adjustments`, { method: "POST", token, json: { unit: UNIT, kind: "通报表扬", reason, date: `${year}-03-01` } });
  const putScheme = (w: number) =>
    api(`/api/v1/assessment/${year}/scheme`, {
      method: "PUT",
      token,
      json: { ...defaultScheme, indicators: defaultScheme.indicators.map((ind) => ({ ...ind, weight: ind.weight + w })) },
    });
  const close = () => api(`/api/v1/assessment/${year}/close`, { method: "POST", token });
  /** `lag` database round trips one after another, then `write`. */
  const after = async <T,>(lag: number, write: () => Promise<T>) => {
    for (let i = 0; i < lag; i++) await env.DB.prepare("select 1").all();
    return write();
  };
  return { adjust, putScheme, close, after };
}

const logOf = (entity: string, entityId: string) =>
  db().select().from(changeLog).where(and(eq(changeLog.entity, entity), like(changeLog.entityId, entityId))).orderBy(changeLog.id);

type Edit = "adjustment" | "scheme";
type Outcome = { closed: boolean; editRefused: boolean };

/** One round: a close and one edit after `lag` round trips, checked as the office would check it afterwards. */
async function race(year: number, edit: Edit, lag: number): Promise<Outcome> {
  // A token per round: a token may make 120 writes and 120 reads per 10 s.
  const token = await tokenFor("office");
  const c = client(token, year);
  expect((await c.putScheme(0)).status).toBe(200); // version 1, so the close never stores the default first
  const reason = `${year}年通报表扬`;
  const [closed, edited] = await Promise.all([c.close(), c.after(lag, () => (edit === "adjustment" ? c.adjust(reason) : c.putScheme(1)))]);
  expect([closed.status, edited.status].filter((s) => s >= 500)).toEqual([]);
  expect([201, 409]).toContain(closed.status);
  expect(edit === "adjustment" ? [201, 409] : [200, 409]).toContain(edited.status);

  // Stored and logged: exactly the accepted changes.
  const accepted = edit === "adjustment" && edited.status === 201 ? [reason] : [];
  const stored = await db().select().from(assessmentAdjustments).where(eq(assessmentAdjustments.year, year));
  expect(stored.map((a) => a.reason)).toEqual(accepted);
  const adjLog = await logOf("assessment_adjustments", `${year}/%`);
  expect(adjLog).toHaveLength(accepted.length);
  const versions = (await db().select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year))).map((s) => s.version).sort((a, b) => a - b);
  expect(versions).toEqual(edit === "scheme" && edited.status === 200 ? [1, 2] : [1]);
  const schemeLog = await logOf("assessment_schemes", String(year));
  expect(schemeLog).toHaveLength(versions.length);
  const closeLog = await logOf("assessment_closures", String(year));
  expect(closeLog).toHaveLength(closed.status === 201 ? 1 : 0);
  if (closed.status !== 201) {
    // Refused only because the edit landed while the close computed its figures.
    expect(edited.status).toBeLessThan(300);
    return { closed: false, editRefused: false };
  }

  // Closed: nothing was accepted after the close, and the frozen figures hold every recorded
  // adjustment under the latest scheme version (none missed because it arrived while the close
  // computed).
  for (const l of [...adjLog, ...schemeLog]) expect(l.id).toBeLessThan(closeLog[0]!.id);
  const frozen = await api(`/api/v1/assessment/${year}`, { token });
  expect(frozen.body.closed).not.toBeNull();
  expect(frozen.body.scheme.version).toBe(versions.at(-1));
  const entry = frozen.body.entries.find((e: { unit: string }) => e.unit === UNIT);
  expect(entry?.adjustments.map((a: { reason: string }) => a.reason) ?? []).toEqual(accepted);
  return { closed: true, editRefused: edited.status === 409 };
}

describe("assessment edits racing a close", () => {
  it.each([
    ["an adjustment", "adjustment"],
    ["a new scheme version", "scheme"],
  ] as const)("%s is frozen by the close if stored before it, else refused; never both, never neither", async (_name, edit) => {
    const rounds: Outcome[] = [];
    const first = edit === "adjustment" ? 2031 : 2051;
    for (let lag = 0; lag < 10; lag++) rounds.push(await race(first + lag, edit, lag));
    // The sweep really crossed the close: some close was refused for an edit stored while it
    // computed, and some close landed with the edit still to come (refused).
    expect(rounds.some((r) => !r.closed)).toBe(true);
    expect(rounds.some((r) => r.closed && r.editRefused)).toBe(true);
  }, 60_000);
});
