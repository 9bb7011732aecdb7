import * as ExcelJS from "./exceljs";
import type { ReportInputBody } from "../../schema/contracts/reports";
import { MAX_TEMPLATE_BYTES, MAX_TEMPLATE_INFLATED_BYTES } from "../../schema/contracts/files";
import { ApiError, detail } from "../platform/errors";
import { inflatedSize } from "./zip-size";
import { columnLetter, FIRST_ROW, MARKS_SHEET, SKIP, TEMPLATE_FORMAT, TEMPLATE_KIND, TEMPLATE_SHEET } from "./template-layout";

/** A filled 报送表 as read back: whose and which period it is, and the rows to submit. */
export interface TemplateFile {
  workbook: ExcelJS.Workbook;
  unitId: number;
  unitName: string;
  period: string;
  /** The rows marked 报送, each with the sheet row it came from (refusals point there). */
  rows: { sheetRow: number; body: ReportInputBody }[];
}

const refuse = (status: 413 | 422, code: string, message: string) => new ApiError(status, code, message, [detail(null, "file", code, message)]);

const NOT_XLSX = "上传的文件不是 .xlsx 格式的表格：请上传从本系统下载、填写后保存的报送表（.xlsx）";
const NOT_TEMPLATE = "这不是本系统的报送表：请先下载本单位本期的报送表，在其中填写后上传";

/**
 * Reads an uploaded 报送表: refuses a file over the size limit, one that is not an .xlsx (an
 * old .xls is told to be saved as .xlsx), one without our marks or of another layout version.
 * Writes nothing; whose file it is is checked by the caller against the token.
 */
export async function readTemplate(bytes: ArrayBuffer): Promise<TemplateFile> {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    throw refuse(413, "file_too_large", `文件过大：报送表不超过 ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB，请删去多余的内容后重新上传`);
  }
  const head = new Uint8Array(bytes.slice(0, 4));
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw refuse(422, "not_xlsx", "上传的是旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 格式后重新上传");
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw refuse(422, "not_xlsx", NOT_XLSX);
  const size = await inflatedSize(bytes, MAX_TEMPLATE_INFLATED_BYTES);
  if (size.kind === "not_zip") throw refuse(422, "not_xlsx", NOT_XLSX);
  if (size.kind === "too_large") {
    throw refuse(413, "file_too_large", `文件内容过大：报送表解压后不超过 ${MAX_TEMPLATE_INFLATED_BYTES / 1024 / 1024} MB，请删去多余的内容或图片后重新上传`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw refuse(422, "not_xlsx", NOT_XLSX);
  }
  const m = readMarks(workbook);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET);
  if (!sheet) throw refuse(422, "not_template", NOT_TEMPLATE);
  return { workbook, ...m, rows: readRows(sheet) };
}

function readMarks(workbook: ExcelJS.Workbook) {
  const ws = workbook.getWorksheet(MARKS_SHEET);
  if (!ws) throw refuse(422, "not_template", NOT_TEMPLATE);
  const marks = new Map<string, string>();
  ws.eachRow((row) => marks.set(row.getCell(1).text, row.getCell(2).text));
  if (marks.get("模板") !== TEMPLATE_KIND) throw refuse(422, "not_template", NOT_TEMPLATE);
  if (marks.get("格式版本") !== String(TEMPLATE_FORMAT)) {
    throw refuse(422, "outdated_template", "这份报送表的格式已过时：请重新下载本期报送表，把内容粘贴过去后上传");
  }
  const unitId = Number(marks.get("单位编号"));
  const unitName = marks.get("单位") ?? "";
  const period = marks.get("期次") ?? "";
  if (!Number.isInteger(unitId) || unitId <= 0 || !unitName || !period) throw refuse(422, "not_template", NOT_TEMPLATE);
  return { unitId, unitName, period };
}

/** The rows under the header with a task number and not marked 暂不报送, as a submission's rows. */
function readRows(ws: ExcelJS.Worksheet): TemplateFile["rows"] {
  const rows: TemplateFile["rows"] = [];
  const text = (row: ExcelJS.Row, key: Parameters<typeof columnLetter>[0]) => row.getCell(columnLetter(key)).text;
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const task = text(row, "task").trim();
    if (task === "" || text(row, "include").trim() === SKIP) continue;
    const version = text(row, "version").trim();
    rows.push({
      sheetRow: r,
      body: {
        task: /^\d+$/.test(task) ? Number(task) : (task as unknown as number),
        period: "",
        progress: text(row, "progress"),
        problems: text(row, "problems"),
        plan: text(row, "plan"),
        ...(/^\d+$/.test(version) ? { version: Number(version) } : {}),
      },
    });
  }
  return rows;
}
