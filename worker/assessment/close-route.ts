import { createRoute } from "@hono/zod-openapi";
import { AssessmentSchema, HistorySchema, YearParamSchema } from "../../schema/contracts/assessment";
import { scoreUnits, type AssessmentEntry } from "../../domain/assessment";
import { newRouter } from "../platform/router";
import type { Write } from "../platform/batch";
import { conflict } from "../platform/errors";
import { actorOf } from "../platform/env";
import { may } from "../platform/access";
import { loadAssessmentInputs, schemeKeys } from "./inputs-queries";
import { assessYear, frozenEntries, wireScheme, type FrozenResult } from "./assess-year";
import { closeWrites } from "./closure-queries";
import { changesOf } from "./statement-guards";
import { currentScheme, defaultVersion, findClosure, listSchemes } from "./schemes-queries";
import { errorResponses, conflictResponse } from "../platform/openapi-responses";
import { ensureYearOpen } from "./ensure-year-open";

const figures = (entries: ReadonlyArray<AssessmentEntry>) => entries.map(({ unit, score, grade, rank, assessed }) => ({ unit, score, grade, rank, assessed }));

/** Closing a year (freezing its figures) and the year's history of schemes and figures. */
export const assessmentCloseRoute = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/{year}/close",
      summary: "Freeze the year's figures as they stand, recording who closed it and when",
      middleware: [may("close_year")] as const,
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: {
        201: { description: "the frozen assessment", content: { "application/json": { schema: AssessmentSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const db = c.var.db;
      await ensureYearOpen(db, year);
      const version = await currentScheme(db, year);
      const inputs = await loadAssessmentInputs(db, year, c.var.today, schemeKeys(version.scheme));
      const entries = scoreUnits(inputs.units, version.scheme, inputs.adjustments);
      // A closure points at a stored scheme: the default is stored as version 1 first.
      const frozen: FrozenResult = { scheme: { ...wireScheme(version), version: version.version ?? 1 }, entries };
      const seen = { schemeJson: JSON.stringify(version.scheme), lastAdjustmentId: inputs.lastAdjustmentId, usedDefault: version.version === null };
      const { writes, closureIndex } = closeWrites(db, year, frozen, seen, actorOf(c.var.caller));
      const results = await db.batch(writes as [Write, ...Write[]]);
      if (changesOf(results[closureIndex]) === 0) {
        await ensureYearOpen(db, year); // closed meanwhile: says so
        throw conflict("关账时考评方案或加减分刚被修改，未关账，请刷新后重新关账");
      }
      return c.json(await assessYear(db, year, c.var.today), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}/history",
      summary: "Each scheme version with the figures it produces (the closure's frozen ones for the closed version)",
      middleware: [may("see_assessment_history")] as const,
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: { 200: { description: "history", content: { "application/json": { schema: HistorySchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const db = c.var.db;
      const [stored, closure] = await Promise.all([listSchemes(db, year), findClosure(db, year)]);
      const all = [defaultVersion(), ...stored];
      // Every version's indicators counted once; each version is scored over its own.
      const inputs = await loadAssessmentInputs(db, year, c.var.today, all.flatMap((v) => schemeKeys(v.scheme)));
      const inForce = closure ? closure.version : (stored[stored.length - 1]?.version ?? null);
      const versions = all.map((v) => {
        const frozen = closure !== null && v.version === closure.version;
        return {
          version: v.version,
          createdAt: v.createdAt?.getTime() ?? null,
          createdBy: v.createdBy,
          scheme: v.scheme,
          current: v.version === inForce,
          frozen,
          figures: figures(frozen ? frozenEntries(closure.result as FrozenResult) : scoreUnits(inputs.unitsFor(schemeKeys(v.scheme)), v.scheme, inputs.adjustments)),
        };
      });
      const closed = closure ? { at: closure.closedAt.getTime(), by: closure.closedBy, version: closure.version } : null;
      return c.json({ year, versions, closed }, 200);
    },
  );
