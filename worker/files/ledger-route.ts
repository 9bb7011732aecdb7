import { createRoute, z } from "@hono/zod-openapi";
import { XLSX_TYPE } from "../../schema/contracts/files";
import { newRouter } from "../platform/router";
import { errorResponses } from "../platform/openapi-responses";
import { ledgerSheets } from "./ledger-sheets";
import { ledgerWorkbook } from "./ledger-workbook";
import { fileResponse } from "./file-response";

/** The ledger the caller may see as one .xlsx, formatted for print. */
export const ledgerRoute = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/ledger.xlsx",
    summary: "The ledger the caller may see (重点工作, 成员单位, 督办事项, 进展报送, 节假日, 考评汇总) as .xlsx for print: A4 landscape, repeated header",
    security: [{ bearer: [] }],
    responses: { 200: { description: "the ledger", content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) } } }, ...errorResponses },
  }),
  async (c) => {
    const sheets = await ledgerSheets(c.var.db, c.var.caller, c.var.today);
    const wb = ledgerWorkbook(sheets, { county: c.env.COUNTY, today: c.var.today });
    return fileResponse((await wb.xlsx.writeBuffer()), XLSX_TYPE, `${c.env.COUNTY}府院联动台账-${c.var.today}.xlsx`);
  },
);
