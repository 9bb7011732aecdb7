import { createRoute, z } from "@hono/zod-openapi";
import { DOCX_TYPE, DocumentEditSchema, NoticeFileParamSchema, ReminderFileParamSchema } from "../../schema/contracts/files";
import { newRouter } from "../platform/router";
import { may } from "../platform/access";
import { errorResponses } from "../platform/openapi-responses";
import { docxBytes } from "./docx/official-document";
import { noticeDocument } from "./docx/notice-document";
import { reminderDocument } from "./docx/reminder-document";
import { fileResponse } from "./file-response";

const docx = { 200: { description: "the document", content: { [DOCX_TYPE]: { schema: z.string().openapi({ format: "binary" }) } } }, ...errorResponses };
const edit = { body: { required: true, content: { "application/json": { schema: DocumentEditSchema } } } };

/** The office's documents as .docx: the year-end 通报 and a 催办单 to a unit; POST with the office's edited text. */
export const documentsRoute = newRouter()
  .openapi(
    createRoute({ method: "get", path: "/notice/{file}", summary: "The year-end 通报 (draft text) as a GB/T 9704 .docx, e.g. /notice/2026.docx", middleware: [may("see_notice")] as const, security: [{ bearer: [] }], request: { params: NoticeFileParamSchema }, responses: docx }),
    async (c) => {
      const year = c.req.valid("param").file;
      const doc = await noticeDocument(c.var.db, { county: c.env.COUNTY, year, today: c.var.today, edit: {} });
      return fileResponse(await docxBytes(doc), DOCX_TYPE, `${year}年度府院联动工作考评结果通报.docx`);
    },
  )
  .openapi(
    createRoute({ method: "post", path: "/notice/{file}", summary: "The 通报 with the office's text, 发文字号 and date (the figures' version recorded in it)", middleware: [may("issue_document")] as const, security: [{ bearer: [] }], request: { params: NoticeFileParamSchema, ...edit }, responses: docx }),
    async (c) => {
      const year = c.req.valid("param").file;
      const doc = await noticeDocument(c.var.db, { county: c.env.COUNTY, year, today: c.var.today, edit: c.req.valid("json") });
      return fileResponse(await docxBytes(doc), DOCX_TYPE, `${year}年度府院联动工作考评结果通报.docx`);
    },
  )
  .openapi(
    createRoute({ method: "get", path: "/reminder-notice/{file}", summary: "A 催办单 to a unit (its overdue and due-soon matters) as a GB/T 9704 .docx, e.g. /reminder-notice/县财政局.docx", middleware: [may("issue_document")] as const, security: [{ bearer: [] }], request: { params: ReminderFileParamSchema }, responses: docx }),
    async (c) => {
      const unit = c.req.valid("param").file;
      const doc = await reminderDocument(c.var.db, { county: c.env.COUNTY, unit, today: c.var.today, edit: {} });
      return fileResponse(await docxBytes(doc), DOCX_TYPE, `${unit}-催办单-${c.var.today}.docx`);
    },
  )
  .openapi(
    createRoute({ method: "post", path: "/reminder-notice/{file}", summary: "The 催办单 with the office's text (a line TABLE marks where the matters' table goes)", middleware: [may("issue_document")] as const, security: [{ bearer: [] }], request: { params: ReminderFileParamSchema, ...edit }, responses: docx }),
    async (c) => {
      const unit = c.req.valid("param").file;
      const doc = await reminderDocument(c.var.db, { county: c.env.COUNTY, unit, today: c.var.today, edit: c.req.valid("json") });
      return fileResponse(await docxBytes(doc), DOCX_TYPE, `${unit}-催办单-${c.var.today}.docx`);
    },
  );
