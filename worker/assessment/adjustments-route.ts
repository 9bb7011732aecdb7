import { createRoute } from "@hono/zod-openapi";
import { AdjustmentInputSchema, AdjustmentListSchema, AdjustmentSchema, YearParamSchema } from "../../schema/contracts/assessment";
import { resolveUnitName } from "../../domain/responsibility";
import type { ErrorDetail } from "../../schema/contracts/errors";
import { newRouter } from "../platform/router";
import type { Write } from "../platform/batch";
import { actorOf } from "../platform/env";
import { conflict, detail, unprocessable } from "../platform/errors";
import { may, unitScope } from "../platform/access";
import { loadDirectory } from "../platform/directory";
import { addAdjustmentWrites, listAdjustments, type AdjustmentRow } from "./adjustments-queries";
import { changesOf } from "./statement-guards";
import { errorResponses, conflictResponse } from "../platform/openapi-responses";
import { ensureYearOpen } from "./ensure-year-open";

const adjustmentToWire = ({ unitId: _unitId, createdAt, ...row }: AdjustmentRow) => ({ ...row, createdAt: createdAt.getTime() });

/** 通报表扬 / 问责 / 一票否决 recorded by the office; everyone reads (a unit: its own). */
export const assessmentAdjustmentsRoute = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{year}/adjustments",
      summary: "The year's recorded adjustments in date order (a unit sees its own)",
      security: [{ bearer: [] }],
      request: { params: YearParamSchema },
      responses: { 200: { description: "adjustments", content: { "application/json": { schema: AdjustmentListSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const caller = c.var.caller;
      const rows = await listAdjustments(c.var.db, year, unitScope(caller, "see_adjustment"));
      return c.json({ year, adjustments: rows.map(adjustmentToWire) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{year}/adjustments",
      summary: "Record a commendation, an accountability or a veto for a unit, with reason and date",
      middleware: [may("record_adjustment")] as const,
      security: [{ bearer: [] }],
      request: { params: YearParamSchema, body: { required: true, content: { "application/json": { schema: AdjustmentInputSchema } } } },
      responses: {
        201: { description: "recorded", content: { "application/json": { schema: AdjustmentSchema } } },
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const input = c.req.valid("json");
      const db = c.var.db;
      const problems: ErrorDetail[] = [];
      const resolved = resolveUnitName(input.unit, await loadDirectory(db));
      if (!resolved) problems.push(detail(null, "unit", "unknown_unit", `未知单位：${input.unit}`));
      else if (resolved.kind !== "unit") problems.push(detail(null, "unit", "group_not_unit", `“${input.unit}”是统称，请填写具体单位`));
      if (!input.date.startsWith(`${year}-`)) problems.push(detail(null, "date", "wrong_year", `日期应在${year}年内`));
      if (problems.length > 0 || !resolved) throw unprocessable("加减分记录有误，未保存", problems);
      await ensureYearOpen(db, year);
      const values = { year, unitId: resolved.id, kind: input.kind, reason: input.reason, date: input.date };
      const [inserted] = await db.batch(addAdjustmentWrites(db, values, actorOf(c.var.caller), `${year}/${resolved.name}`) as [Write, Write]);
      if (changesOf(inserted) === 0) {
        await ensureYearOpen(db, year); // closed meanwhile: says so
        throw conflict("加减分记录未保存，请重试");
      }
      const rows = await listAdjustments(db, year, resolved.id);
      const created = rows.reduce((a, b) => (b.id > a.id ? b : a));
      return c.json(adjustmentToWire(created), 201);
    },
  );
