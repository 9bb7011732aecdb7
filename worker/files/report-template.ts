import * as ExcelJS from "./exceljs";
import {
  columnLetter,
  FIRST_ROW,
  HEADER_ROW,
  INCLUDE,
  MARKS_SHEET,
  SKIP,
  TEMPLATE_COLUMNS,
  TEMPLATE_FORMAT,
  TEMPLATE_KIND,
  TEMPLATE_SHEET,
} from "./template-layout";
import { A4, BORDER, HEADER_FILL, LOCKED_FILL } from "./xlsx-style";

/** One report duty of the unit in the period, with the report already stored for it, if any. */
export interface Duty {
  task: number;
  title: string;
  stored?: { progress: string; problems: string; plan: string; version: number };
}

export interface TemplateInput {
  county: string;
  unit: { id: number; name: string };
  period: string;
  today: string;
  duties: Duty[];
}

/** Longest text a cell of the report takes (the API's limit), checked by Excel and WPS as typed. */
const MAX_TEXT = 4000;

/**
 * A unit's 报送表 for a period: title, unit and period on the sheet, one row per report duty
 * (task number and title locked), a 报送/暂不报送 dropdown and the three texts to fill, and the
 * marks (kind, layout version, unit, period, each row's stored version) hidden where a user does
 * not type. Built of plain cells, validation and protection only, so Excel and WPS 表格 read it alike.
 */
export async function reportTemplate(input: TemplateInput): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${input.county}府院联动机制办公室`;
  wb.title = `${input.unit.name} ${input.period} 重点工作进展报送表`;
  const ws = wb.addWorksheet(TEMPLATE_SHEET, {
    pageSetup: { ...A4, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
  });
  ws.columns = TEMPLATE_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  heading(ws, input);
  input.duties.forEach((d, i) => dutyRow(ws, FIRST_ROW + i, d));
  validations(ws, input.duties.length);
  ws.getColumn(columnLetter("version")).hidden = true;
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  marks(wb, input);
  return wb;
}

function heading(ws: ExcelJS.Worksheet, input: TemplateInput) {
  const last = TEMPLATE_COLUMNS[TEMPLATE_COLUMNS.length - 2]!.letter;
  ws.mergeCells(`A1:${last}1`);
  ws.getCell("A1").value = `${input.county}府院联动重点工作进展报送表`;
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 30;
  ws.mergeCells("A2:C2");
  ws.getCell("A2").value = `报送单位：${input.unit.name}`;
  ws.mergeCells(`D2:${last}2`);
  ws.getCell("D2").value = `报送期次：${input.period}　　生成日期：${input.today}`;
  ws.mergeCells(`A3:${last}3`);
  ws.getCell("A3").value = `填写说明：请在“工作进展”“存在问题”“下步计划”栏填写（每格不超过${MAX_TEXT}字）；本期不报送的任务在“本期报送”栏选“${SKIP}”。填好后在报送页面上传本文件，请勿改动表头和任务序号。`;
  ws.getCell("A3").alignment = { wrapText: true, vertical: "top" };
  ws.getRow(3).height = 36;
  const header = ws.getRow(HEADER_ROW);
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function dutyRow(ws: ExcelJS.Worksheet, at: number, d: Duty) {
  const row = ws.getRow(at);
  const values: Record<string, string | number | null> = {
    task: d.task,
    title: d.title,
    include: INCLUDE,
    progress: d.stored?.progress ?? null,
    problems: d.stored?.problems ?? null,
    plan: d.stored?.plan ?? null,
    remark: null,
    version: d.stored?.version ?? null,
  };
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = values[c.key] ?? null;
    cell.border = BORDER;
    cell.alignment = { vertical: "top", wrapText: true };
    if (c.fill) cell.protection = { locked: false };
    else cell.fill = LOCKED_FILL;
  });
}

/** The dropdown and the length checks, once for the whole column of duties (Excel and WPS read one rule per range). */
function validations(sheet: ExcelJS.Worksheet, rows: number) {
  if (rows === 0) return;
  // exceljs has this per-range API at run time; its type declarations leave it out.
  const ws = sheet as ExcelJS.Worksheet & { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };
  const range = (key: Parameters<typeof columnLetter>[0]) => `${columnLetter(key)}${FIRST_ROW}:${columnLetter(key)}${FIRST_ROW + rows - 1}`;
  ws.dataValidations.add(range("include"), {
    type: "list",
    allowBlank: false,
    formulae: [`"${INCLUDE},${SKIP}"`],
    showErrorMessage: true,
    errorTitle: "本期报送",
    error: `请选择“${INCLUDE}”或“${SKIP}”`,
  });
  for (const key of ["progress", "problems", "plan"] as const) {
    ws.dataValidations.add(range(key), {
      type: "textLength",
      operator: "lessThanOrEqual",
      allowBlank: true,
      formulae: [MAX_TEXT],
      showErrorMessage: true,
      errorTitle: "字数超限",
      error: `每格不超过${MAX_TEXT}字`,
    });
  }
}

/** The hidden marks: what the file is and whose, read back on upload. */
function marks(wb: ExcelJS.Workbook, input: TemplateInput) {
  const ws = wb.addWorksheet(MARKS_SHEET, { state: "hidden" });
  ws.columns = [{ width: 12 }, { width: 30 }];
  ws.addRows([
    ["模板", TEMPLATE_KIND],
    ["格式版本", TEMPLATE_FORMAT],
    ["单位编号", input.unit.id],
    ["单位", input.unit.name],
    ["期次", input.period],
    ["生成日期", input.today],
  ]);
}
