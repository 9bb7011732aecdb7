import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countMattersQuery } from "../../worker/assessment/matter-counts";
import { db, TODAY } from "./helpers";

// How D1's SQLite runs the assessment's matter count (read from EXPLAIN QUERY PLAN, not timed):
// most matters of a year are judged, so the count must read matters once in table order and each
// one's units through the (matter, unit) key — never reach matters through the status index, one
// random row read per matter, which made the year-end figures several times slower over 100,000.
describe("the assessment's matter count", () => {
  it("scans matters in order and reaches their units by key, without the status index", async () => {
    const { sql, params } = countMattersQuery(db(), 2025, TODAY).toSQL();
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    const plan = results.map((r) => r.detail);
    expect(plan.some((d) => /^SCAN "?matters"?( |$)/.test(d))).toBe(true);
    expect(plan.some((d) => /SEARCH "?matter_units"? USING COVERING INDEX/.test(d))).toBe(true);
    expect(plan.filter((d) => /matters_status_idx|MULTI-INDEX OR/.test(d))).toEqual([]);
  });
});
