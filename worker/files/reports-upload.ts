import { ReportSubmissionSchema } from "../../schema/contracts/reports";
import type { ErrorDetail } from "../../schema/contracts/errors";
import type { Db } from "../platform/db";
import type { Caller } from "../platform/env";
import { ApiError, detail, forbidden, unprocessable } from "../platform/errors";
import { issuesToDetails } from "../platform/zod-issues";
import { loadDirectory } from "../platform/directory";
import { submitReports } from "../reports/reports-submit";
import { readTemplate, type TemplateFile } from "./read-template";
import { columnHeader, columnLetter, refusedColumn } from "./template-layout";

/** A refused cell as the user finds it on the sheet: `D7`, the column's header and why. */
export interface RefusedCell {
  cell: string;
  sheetRow: number;
  header: string;
  message: string;
}

/** A refusal of an upload whose rows were read: the API's error, and the file to mark it in. */
export class RefusedUpload extends Error {
  constructor(
    readonly error: ApiError,
    readonly file: TemplateFile,
    readonly cells: RefusedCell[],
  ) {
    super(error.message);
  }
}

/**
 * Takes a filled 报送表 back: reads it (size, format, our marks), checks it is the caller's
 * unit's (a unit) and the expected period, then submits its rows through the very validation
 * and `submitReports` of `POST /api/v1/reports`: all or nothing. A refusal of the rows is thrown
 * as RefusedUpload, its details as the API gives them plus the sheet cells they point at.
 */
export async function uploadReports(db: Db, caller: Caller, bytes: ArrayBuffer, o: { period?: string; today: string }) {
  const file = await readTemplate(bytes);
  if (o.period !== undefined && o.period !== file.period) {
    throw unprocessable(`这份报送表是 ${file.period} 期的，不是 ${o.period} 期的，整表未保存`, [
      detail(null, "period", "other_period", `报送表的期次为 ${file.period}`),
    ]);
  }
  const directory = await loadDirectory(db);
  const unit = directory.units.find((u) => u.id === file.unitId);
  if (!unit) throw unprocessable("这份报送表的单位在本系统中不存在，请重新下载本单位的报送表", [detail(null, "unit", "unknown_unit", `未知单位：${file.unitName}`)]);
  if (caller.role === "unit" && caller.unitId !== unit.id) {
    throw forbidden(`这份报送表属于${unit.name}，不能以${caller.unitName}的身份提交，整表未保存`, [
      detail(null, "unit", "not_own_unit", `只能报送本单位（${caller.unitName}）的数据`),
    ]);
  }
  if (file.rows.length === 0) {
    throw unprocessable("报送表中没有要报送的行：请填写后再上传", [detail(null, "rows", "empty", "每一行都选了“暂不报送”或没有任务序号")]);
  }
  const bodies = file.rows.map((r) => ({ ...r.body, period: file.period, ...(caller.role === "unit" ? {} : { unit: unit.name }) }));
  try {
    const parsed = ReportSubmissionSchema.safeParse({ rows: bodies });
    if (!parsed.success) throw unprocessable("提交的数据有误，请按提示修改后重试", issuesToDetails(parsed.error));
    return await submitReports(db, caller, parsed.data.rows, o.today);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const cells = refusedCells(e.details, file);
    throw new RefusedUpload(new ApiError(e.status, e.code, e.message, e.details, { ...e.extra, cells }), file, cells);
  }
}

/** The cells the details point at, once per cell and reason (a cell may fail two checks with one message). */
function refusedCells(details: ErrorDetail[], file: TemplateFile): RefusedCell[] {
  const seen = new Set<string>();
  return details.flatMap((d) => {
    const at = d.row === null ? undefined : file.rows[d.row];
    if (!at) return [];
    const key = refusedColumn(d.column);
    const header = columnHeader(key);
    const id = `${columnLetter(key)}${at.sheetRow}|${d.message}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ cell: `${columnLetter(key)}${at.sheetRow}`, sheetRow: at.sheetRow, header, message: `第${at.sheetRow}行“${header}”：${d.message}` }];
  });
}
